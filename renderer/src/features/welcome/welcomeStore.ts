import { create } from 'zustand'
import type { LeadFilePayload } from '../../../../shared/ipc/schemas'
import { api } from '../../api/client'
import { importLeads } from '../import/importLeads'
import { useImport } from '../import/importStore'
import { useNavigation } from '../shell/navigationStore'

interface WelcomeState {
  open: boolean
  /** Where the focus goes back to when the welcome closes (null: Importar's title). */
  opener: HTMLElement | null
  /** Decides once per session whether this is a first run (settings.welcomeSeen). */
  checkFirstRun(): Promise<void>
  /** "Ver boas-vindas", Ajuda → Boas-vindas: the welcome again, any time. */
  show(): void
  /** Closed (either action or Escape): remembered in main's settings. */
  close(): void
}

// Once per session: a settings file that cannot be saved never brings the welcome back
// while the app runs, and one that cannot be read never shows it (no welcome on every start).
let checked = false

export const useWelcome = create<WelcomeState>()((set, get) => ({
  open: false,
  opener: null,
  async checkFirstRun() {
    if (checked) return
    checked = true
    let seen: boolean
    try {
      seen = (await api('getSettings', {})).welcomeSeen === true
    } catch {
      return
    }
    // A file opened from outside ("Abrir com LeadPrep") on the first start is already the
    // user's own: the welcome waits for the next start instead of covering it.
    const { phase, table } = useImport.getState()
    if (seen || get().open || phase !== 'idle' || table !== null) return
    set({ open: true, opener: null })
  },
  show() {
    if (get().open) return
    const active = document.activeElement
    set({
      open: true,
      opener: active instanceof HTMLElement && active !== document.body ? active : null
    })
  },
  close() {
    if (!get().open) return
    set({ open: false })
    void api('updateSettings', { welcomeSeen: true }).catch((error: unknown) =>
      // Not saved (a read-only folder): it shows again on the next start, never in this one.
      console.warn('[welcome] could not remember the welcome was seen:', error)
    )
  }
}))

/** The sample's bytes, read by main (the page names no path); fails with an ApiError. */
export const readSampleFile = (): Promise<LeadFilePayload> => api('openSampleFile', {})

/** Imports a file main handed over, on Importar, as a reopened recent file is. */
export async function importLeadFile(file: LeadFilePayload): Promise<void> {
  useNavigation.getState().open('import')
  await importLeads(file.name, file.bytes)
}
