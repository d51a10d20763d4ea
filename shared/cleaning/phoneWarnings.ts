/**
 * Row warnings about a valid phone (cleaning.md "Phone numbers"): the number is read as usual,
 * the user is told something a launch should know.
 */
import { isNationwideNational, pairedDddDigits, stripBrPrefixes } from './phone/brNational'
import { isValidDdd } from './phone/brMetadata'
import type { CleanRow } from './types'

/** The warning code of a nationwide number (shared/launch keeps such rows out of a kinbox launch). */
export const NATIONWIDE = 'nationwide'

/** 0800/0300/4003/4004…: a company's number valid anywhere in Brazil, not a person's. */
export function isNationwideNumber(e164: string): boolean {
  return e164.startsWith('+55') && isNationwideNational(e164.slice(3))
}

/** The cleaned row carries `nationwide`: a WhatsApp launch sends it only once confirmed. */
export function isNationwide(row: Pick<CleanRow, 'warnings'>): boolean {
  return row.warnings.includes(NATIONWIDE)
}

/**
 * A 10- or 11-digit cell with a DDD of its own that is not the paired DDD column's
 * (`41` beside `9966099888`): the cell's reading is kept, the user is asked to look.
 * A nationwide number (`0800 123 4567`) has no DDD to contradict.
 */
export function hasDddConflict(cell: string, dddCell: string | undefined, e164: string): boolean {
  if (!e164.startsWith('+55') || isNationwideNumber(e164)) return false
  const paired = pairedDddDigits(dddCell)?.replace(/^0+/, '')
  if (paired === undefined || paired.length !== 2 || !isValidDdd(Number(paired))) return false
  const own = stripBrPrefixes(cell.replace(/\D/g, ''), cell.trim().startsWith('+'))
  if (own.length !== 10 && own.length !== 11) return false
  return e164.slice(3, 5) !== paired
}
