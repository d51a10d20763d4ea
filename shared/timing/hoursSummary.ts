import type { WeeklyHours } from './businessHours'
import { compileHours, type DayIntervals } from './windows'

export type SummaryLanguage = 'pt-BR' | 'en'

const DAY_NAMES: Record<SummaryLanguage, readonly string[]> = {
  'pt-BR': ['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
}
const CLOSED: Record<SummaryLanguage, string> = { 'pt-BR': 'fechado', en: 'closed' }

const pad = (v: number): string => String(v).padStart(2, '0')

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return s ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(h)}:${pad(m)}`
}

const intervalsText = (day: DayIntervals): string =>
  day.map(([open, close]) => `${clock(open)}–${clock(close)}`).join(', ')

/**
 * A short label for a set of business hours, since Kinbox gives them no names:
 * "seg–sex 08:00–12:00, 13:30–17:30 · sáb 09:00–13:00". Consecutive days with the same
 * hours are grouped; closed days are left out; a close of "00:00" reads "24:00".
 */
export function summarizeHours(hours: WeeklyHours, lang: SummaryLanguage = 'pt-BR'): string {
  const week = compileHours(hours)
  // compileHours is Sunday-first; a summary reads Monday-first.
  const days = [1, 2, 3, 4, 5, 6, 0].map((i) => intervalsText(week[i] ?? []))
  const names = DAY_NAMES[lang]
  const groups: string[] = []
  let i = 0
  while (i < days.length) {
    let j = i
    while (j + 1 < days.length && days[j + 1] === days[i]) j++
    const text = days[i]
    if (text) {
      const label = i === j ? names[i] : `${names[i]}–${names[j]}`
      groups.push(`${label} ${text}`)
    }
    i = j + 1
  }
  return groups.length ? groups.join(' · ') : CLOSED[lang]
}
