import { create } from 'zustand'
import type { DraftSummary } from '../../../../shared/ipc/drafts'

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed'

/**
 * The drafts' own state, for the screens: how the autosave is doing, the list of "Rascunhos
 * recentes" and the draft offered at start. It drives no other store: autosave.ts reads the
 * stores, restoreDraft.ts calls their actions.
 */
interface DraftsState {
  status: SaveStatus
  /** Drafts not launched, newest first; null until listed. */
  list: DraftSummary[] | null
  /** The draft offered at start ("Continuar de onde parou?"); null once answered. */
  offer: DraftSummary | null
  /** A draft being opened (its id), for the progress line. */
  opening: string | null
  error: string | null
  setStatus(status: SaveStatus): void
  setList(list: DraftSummary[]): void
  setOffer(offer: DraftSummary | null): void
  setOpening(opening: string | null): void
  setError(error: string | null): void
}

export const useDrafts = create<DraftsState>()((set) => ({
  status: 'idle',
  list: null,
  offer: null,
  opening: null,
  error: null,
  setStatus: (status) => set({ status }),
  setList: (list) => set({ list }),
  setOffer: (offer) => set({ offer }),
  setOpening: (opening) => set({ opening }),
  setError: (error) => set({ error })
}))

/** Main's list as "Rascunhos recentes" shows it: not launched, newest first. */
export function unlaunched(list: readonly DraftSummary[]): DraftSummary[] {
  return list
    .filter((draft) => draft.launchId === null)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}
