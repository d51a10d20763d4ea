import { create } from 'zustand'

export const STEPS = ['import', 'clean', 'map', 'schedule', 'launch'] as const
export type StepId = (typeof STEPS)[number]
export type Screen = StepId | 'settings'

interface NavigationState {
  screen: Screen
  /** The step to return to when Settings closes. */
  lastStep: StepId
  open(screen: Screen): void
  closeSettings(): void
}

export const useNavigation = create<NavigationState>()((set) => ({
  screen: 'import',
  lastStep: 'import',
  open: (screen) =>
    set((state) => ({ screen, lastStep: screen === 'settings' ? state.lastStep : screen })),
  closeSettings: () => set((state) => ({ screen: state.lastStep }))
}))
