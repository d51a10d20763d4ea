import { create } from 'zustand'
import type { Provider } from '../../../../shared/providers/provider'
import type { TableSummary } from '../../worker/protocol'
import { suggestedName } from '../launch/campaignName'

/**
 * The campaign being prepared: where it goes and what it is called. The one owner of the
 * launch inputs that are no single step's own state. Every step reads the provider here
 * (Limpar's checks, Mapear's text, Agendar's plan, Disparar's review); no step keeps a copy.
 *
 * This store drives no other store: choosing the provider and telling the steps about it is
 * `chooseProvider` (chooseProvider.ts), a composition over the stores.
 */
interface CampaignState {
  provider: Provider
  /** The campaign's name as typed (or suggested) in Disparar. */
  name: string
  /** What was suggested for `nameTable`: "Restaurar" goes back to it. */
  suggestedName: string
  /** The table the name was suggested for; a new import gets a new suggestion. */
  nameTable: TableSummary | null
  setProvider(provider: Provider): void
  setName(name: string): void
  resetName(): void
  /** Suggests a name for `table` unless the user typed one for the same file. */
  suggestNameFor(table: TableSummary, language: string): void
}

export const useCampaign = create<CampaignState>()((set, get) => ({
  provider: 'kinbox',
  name: '',
  suggestedName: '',
  nameTable: null,
  setProvider: (provider) => set({ provider }),
  setName: (name) => set({ name }),
  resetName: () => set({ name: get().suggestedName }),
  suggestNameFor(table, language) {
    const now = get()
    if (now.nameTable === table) return
    const suggested = suggestedName(table.file, Date.now(), language)
    // Same file read again (another sheet, a header fix): keep what the user typed.
    const keep = now.nameTable?.file === table.file && now.name !== now.suggestedName
    set({ nameTable: table, suggestedName: suggested, name: keep ? now.name : suggested })
  }
}))

/** The provider now, for code outside React (a store's action reads it when it runs). */
export function currentProvider(): Provider {
  return useCampaign.getState().provider
}
