import { create } from 'zustand'
import type { Language } from '../../../../shared/ipc/schemas'
import { api } from '../../api/client'
import { applyLanguage } from '../../i18n'

interface PreferencesState {
  language: Language
  loaded: boolean
  load(): Promise<void>
  setLanguage(language: Language): Promise<void>
}

/** Persisted preferences (settings.json in main). */
export const usePreferences = create<PreferencesState>()((set) => ({
  language: 'pt-BR',
  loaded: false,
  async load() {
    try {
      const settings = await api('getSettings', {})
      await applyLanguage(settings.language)
      set({ language: settings.language, loaded: true })
    } catch {
      // Unreadable settings must not keep the app on the splash screen: defaults apply.
      set({ loaded: true })
    }
  },
  async setLanguage(language) {
    await applyLanguage(language)
    set({ language })
    await api('updateSettings', { language })
  }
}))
