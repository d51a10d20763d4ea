import { create } from 'zustand'

export const STEPS = ['import', 'clean', 'map', 'schedule', 'launch'] as const
export type StepId = (typeof STEPS)[number]
/** Besides the five steps: Configurações and Campanhas (follows what was launched). */
export type Screen = StepId | 'settings' | 'campaigns'

const isStep = (screen: Screen): screen is StepId => (STEPS as readonly string[]).includes(screen)

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
    set((state) => ({ screen, lastStep: isStep(screen) ? screen : state.lastStep })),
  closeSettings: () => set((state) => ({ screen: state.lastStep }))
}))
