import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/ipc/schemas'
import { en } from './locales/en'
import { ptBR } from './locales/pt-BR'

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: { 'pt-BR': { translation: ptBR }, en: { translation: en } },
  lng: 'pt-BR',
  fallbackLng: 'pt-BR',
  interpolation: { escapeValue: false },
  returnNull: false
})

export async function applyLanguage(language: Language): Promise<void> {
  document.documentElement.lang = language
  await i18n.changeLanguage(language)
}

type MessageTree = { [key: string]: string | MessageTree }

/**
 * Each feature keeps its texts beside its code (features/<step>/messages.ts) and adds them
 * under its own top-level key, pt-BR first; English must have the same keys.
 */
export function addFeatureMessages<T extends MessageTree>(key: string, ptBR: T, en: T): void {
  i18n.addResourceBundle('pt-BR', 'translation', { [key]: ptBR }, true, true)
  i18n.addResourceBundle('en', 'translation', { [key]: en }, true, true)
}
