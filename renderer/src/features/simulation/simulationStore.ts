import { create } from 'zustand'
import { api } from '../../api/client'

/**
 * Whether simulation mode is on (settings.json in main, `simulation`). Main decides for itself
 * at every launch; this store only lets the screens say so and skip the account checks.
 */
interface SimulationState {
  on: boolean
  loaded: boolean
  failed: boolean
  load(): Promise<void>
  set(on: boolean): Promise<void>
}

export const useSimulation = create<SimulationState>()((set) => ({
  on: false,
  loaded: false,
  failed: false,
  async load() {
    try {
      const settings = await api('getSettings', {})
      set({ on: settings.simulation === true, loaded: true })
    } catch {
      set({ loaded: true })
    }
  },
  async set(on) {
    try {
      const settings = await api('updateSettings', { simulation: on })
      set({ on: settings.simulation === true, failed: false })
    } catch {
      set({ failed: true })
    }
  }
}))
