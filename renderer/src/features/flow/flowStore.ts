import { create } from 'zustand'

/**
 * What the steps after Limpar need to know about the list without reaching into another
 * step's slice: how many leads a launch would send. The Limpar step keeps it current.
 */
interface FlowState {
  /** Leads that would be launched now (ok, not excluded, confirmed); null before cleaning. */
  launchableCount: number | null
  setLaunchableCount(count: number | null): void
}

export const useFlow = create<FlowState>()((set) => ({
  launchableCount: null,
  setLaunchableCount: (launchableCount) => set({ launchableCount })
}))
