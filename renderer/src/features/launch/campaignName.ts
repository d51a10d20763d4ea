import { create } from 'zustand'
import type { TableSummary } from '../../worker/protocol'

/**
 * The campaign's name: suggested from the file and the day ("planilha-vendas · 02/12/2026"),
 * editable, and suggested again for a new file unless the user typed one for this one.
 */
export function suggestedName(file: string, now: number, language: string): string {
  const base = file.replace(/\.[^./\\]+$/, '').trim() || file
  const day = new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'pt-BR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric'
  }).format(now)
  return `${base} · ${day}`
}

interface NameState {
  table: TableSummary | null
  value: string
  suggested: string
  /** Follows the table: a new import gets a new suggestion. */
  sync(table: TableSummary, language: string): void
  set(value: string): void
  reset(): void
}

export const useCampaignName = create<NameState>()((set, get) => ({
  table: null,
  value: '',
  suggested: '',
  sync(table, language) {
    if (get().table === table) return
    const suggested = suggestedName(table.file, Date.now(), language)
    // Same file read again (another sheet, a header fix): keep what the user typed.
    const keep = get().table?.file === table.file && get().value !== get().suggested
    set({ table, suggested, value: keep ? get().value : suggested })
  },
  set: (value) => set({ value }),
  reset: () => set({ value: get().suggested })
}))
