/**
 * Date and time sections, shown the LeadPrep way whatever the file's own pattern: a date as
 * dd/mm/aaaa, with hh:mm (and :ss when the format has seconds) when the format shows a time.
 */
import type { FormatSection } from './formatTokens'
import { sectionChars } from './formatTokens'
import { serialToParts } from './excelDate'
import type { DateParts } from './excelDate'

export interface DateShape {
  date: boolean
  time: boolean
  seconds: boolean
  elapsedHours: boolean
}

export function dateShape(section: FormatSection): DateShape {
  const chars = sectionChars(section).toLowerCase()
  const elapsed = section.filter((t) => t.kind === 'elapsed').map((t) => t.unit)
  const hours = chars.includes('h') || elapsed.includes('h')
  const seconds = chars.includes('s') || elapsed.includes('s')
  // "m" is minutes next to hours or seconds (h:mm, mm:ss), a month otherwise.
  const month = chars.includes('m') && !hours && !seconds
  return {
    date: chars.includes('d') || chars.includes('y') || month,
    time: hours || seconds || elapsed.includes('m'),
    seconds,
    elapsedHours: elapsed.includes('h')
  }
}

const two = (n: number): string => String(n).padStart(2, '0')

export function renderDate(
  shape: DateShape,
  serial: number,
  date1904: boolean
): string | undefined {
  const parts = serialToParts(serial, date1904)
  if (!parts) return undefined
  const date = `${two(parts.day)}/${two(parts.month)}/${String(parts.year).padStart(4, '0')}`
  if (!shape.time) return date
  const time = renderTime(shape, parts)
  return shape.date ? `${date} ${time}` : time
}

function renderTime(shape: DateShape, parts: DateParts): string {
  const hours = shape.elapsedHours ? String(parts.totalHours) : two(parts.hours)
  return `${hours}:${two(parts.minutes)}${shape.seconds ? `:${two(parts.seconds)}` : ''}`
}
