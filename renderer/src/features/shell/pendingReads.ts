import { create } from 'zustand'

/**
 * The reads whose answers add lines to the screen (a draft offered at start, Recentes, a store
 * notice, an interrupted launch, simulation mode's banner). While any is in flight the shell is
 * `aria-busy`: what is on screen may still move, and a screen reader (or a test) waits for it.
 */
interface PendingReadsState {
  /** False until the shell's first effects have run, so every first read is counted. */
  started: boolean
  pending: number
}

export const usePendingReads = create<PendingReadsState>()(() => ({ started: false, pending: 0 }))

/**
 * Counts `read` until it settles (answered or failed); returns it unchanged. Pass the read with
 * its answer already put in state: React renders that state with the count's change, in one go.
 */
export function trackRead<T>(read: Promise<T>): Promise<T> {
  usePendingReads.setState((s) => ({ pending: s.pending + 1 }))
  const done = (): void => usePendingReads.setState((s) => ({ pending: s.pending - 1 }))
  read.then(done, done)
  return read
}

/** Called by the shell's own effect, which React runs after its children's effects. */
export function firstReadsStarted(): void {
  usePendingReads.setState({ started: true })
}

export function useReadsSettled(): boolean {
  return usePendingReads((s) => s.started && s.pending === 0)
}
