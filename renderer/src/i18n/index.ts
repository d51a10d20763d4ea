import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/ipc/schemas'
import { en } from './locales/en'
import { ptBR } from './locales/pt-BR'
import type { FeatureMessages } from './resources'

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: { 'pt-BR': { translation: ptBR }, en: { translation: en } },
  lng: 'pt-BR',
  fallbackLng: 'pt-BR',
  interpolation: { escapeValue: false, alwaysFormat: true },
  returnNull: false
})

/**
 * Every `{{count}}` reads in the language's digits ("1.000 linhas", "1,000 rows"): with
 * alwaysFormat each value passes through the interpolator's format, which formats counts and
 * leaves everything else to i18next's own formatter.
 */
const interpolator = i18n.services.interpolator as unknown as {
  format(value: unknown, format: string | undefined, lng: string, options?: object): unknown
}
const formatValue = interpolator.format.bind(interpolator)
interpolator.format = (value, format, lng, options) =>
  format === undefined &&
  typeof value === 'number' &&
  (options as { interpolationkey?: string } | undefined)?.interpolationkey === 'count'
    ? new Intl.NumberFormat(lng).format(value)
    : formatValue(value, format, lng, options)

export async function applyLanguage(language: Language): Promise<void> {
  document.documentElement.lang = language
  await i18n.changeLanguage(language)
}

/**
 * Each feature keeps its texts beside its code (features/<step>/messages.ts) and adds them
 * under its own top-level key, pt-BR first; English must have the same keys. The key and the
 * texts' shape are those FeatureMessages (./resources.ts) types `t` with.
 */
export function addFeatureMessages<K extends keyof FeatureMessages>(
  key: K,
  ptBR: FeatureMessages[K],
  en: FeatureMessages[K]
): void {
  i18n.addResourceBundle('pt-BR', 'translation', { [key]: ptBR }, true, true)
  i18n.addResourceBundle('en', 'translation', { [key]: en }, true, true)
}
