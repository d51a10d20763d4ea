/** Reading the dates found in Brazilian lead files and writing them as dd/mm/aaaa. */

export interface CalendarDate {
  year: number
  month: number
  day: number
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/
const YMD = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T]\d{1,2}:\d{2}.*)?$/
const SERIAL = /^\d{1,6}(?:[.,]\d+)?$/

/** Excel's serial day 0 is 1899-12-30 once its fictitious 1900-02-29 is skipped. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000
/** Serials outside 1900-01-01 … 2199-12-31 are not dates worth showing. */
const MAX_SERIAL = 109_574

/**
 * Reads ISO `2025-12-26` (time allowed), `26/12/2025`, `26-12-25`, `26.12.2025` (day first, the
 * Brazilian order) and, when `serials` is true, Excel serial numbers (`45667` = 10/01/2025).
 * Two-digit years follow Excel: 00–29 → 20xx, 30–99 → 19xx.
 */
export function parseDate(text: string, serials = true): CalendarDate | null {
  const s = text.trim()
  const ymd = YMD.exec(s)
  if (ymd) return checked(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
  const dmy = DMY.exec(s)
  if (dmy) {
    const y = dmy[3] ?? ''
    const year = y.length === 2 ? Number(y) + (Number(y) < 30 ? 2000 : 1900) : Number(y)
    return checked(year, Number(dmy[2]), Number(dmy[1]))
  }
  if (serials && SERIAL.test(s)) return fromExcelSerial(Number(s.replace(',', '.')))
  return null
}

export function fromExcelSerial(serial: number): CalendarDate | null {
  const day = Math.floor(serial)
  if (day < 1 || day > MAX_SERIAL) return null
  if (day === 60) return { year: 1900, month: 2, day: 29 } // Excel's phantom leap day
  const date = new Date(EXCEL_EPOCH_UTC + (day < 60 ? day + 1 : day) * DAY_MS)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

function checked(year: number, month: number, day: number): CalendarDate | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real && year >= 1000 ? { year, month, day } : null
}

export function formatDateBr({ year, month, day }: CalendarDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${pad(day)}/${pad(month)}/${String(year).padStart(4, '0')}`
}
