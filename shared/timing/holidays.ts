import Holidays from 'date-holidays'
import { z } from 'zod'

export interface NationalHoliday {
  /** Local date, "2026-12-25". */
  date: string
  name: string
}

export const HolidayLanguageSchema = z.enum(['pt', 'en'])
export type HolidayLanguage = z.infer<typeof HolidayLanguageSchema>

// Building the calendar parses the library's rule set; do it once per language.
const calendars = new Map<HolidayLanguage, Holidays>()

function calendar(lang: HolidayLanguage): Holidays {
  let holidays = calendars.get(lang)
  if (!holidays) {
    // No state or region: national holidays only; `public` excludes optional days and observances.
    holidays = new Holidays('BR', { types: ['public'], languages: lang })
    calendars.set(lang, holidays)
  }
  return holidays
}

/** Brazilian national holidays with dates in `[fromDate, toDate]` ("YYYY-MM-DD", inclusive). */
export function brazilianHolidaysBetween(
  fromDate: string,
  toDate: string,
  lang: HolidayLanguage = 'pt'
): NationalHoliday[] {
  const found: NationalHoliday[] = []
  const firstYear = Number(fromDate.slice(0, 4))
  const lastYear = Number(toDate.slice(0, 4))
  for (let year = firstYear; year <= lastYear; year++) {
    for (const h of calendar(lang).getHolidays(year, lang)) {
      const date = h.date.slice(0, 10)
      if (h.type === 'public' && date >= fromDate && date <= toDate)
        found.push({ date, name: h.name })
    }
  }
  return found
}
