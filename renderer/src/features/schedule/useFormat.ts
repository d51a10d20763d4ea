import { useTranslation } from 'react-i18next'
import { formatWhen, uiLanguage, type UiLanguage } from './time'

export interface Format {
  lang: UiLanguage
  count(value: number): string
  when(ms: number, zone: string, options?: { seconds?: boolean; weekday?: boolean }): string
  duration(ms: number): string
}

/** Numbers, instants and durations in the interface language. */
export function useFormat(): Format {
  const { t, i18n } = useTranslation()
  const lang = uiLanguage(i18n.language)
  const numbers = new Intl.NumberFormat(lang === 'pt-BR' ? 'pt-BR' : 'en-US', {
    maximumFractionDigits: 1
  })
  return {
    lang,
    count: (value) => numbers.format(value),
    when: (ms, zone, options) => formatWhen(ms, zone, lang, options),
    duration(ms) {
      const total = Math.round(ms / 1000)
      if (total <= 0) return t('schedule.duration.zero')
      const days = Math.floor(total / 86_400)
      const hours = Math.floor((total % 86_400) / 3600)
      const minutes = Math.floor((total % 3600) / 60)
      const seconds = total % 60
      const parts: string[] = []
      if (days) parts.push(t('schedule.duration.days', { count: days }))
      if (hours) parts.push(t('schedule.duration.hours', { count: hours }))
      if (minutes && days < 7) parts.push(t('schedule.duration.minutes', { count: minutes }))
      if (seconds && total < 3600) parts.push(t('schedule.duration.seconds', { count: seconds }))
      return parts.join(' ') || t('schedule.duration.zero')
    }
  }
}
