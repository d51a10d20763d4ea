import { classifyBrNational, isValidDdd, parseBrNational } from './brMetadata'
import type { PhoneNote, PhoneResult } from './types'

/**
 * The national significant number inside a digit string typed in Brazil: `+55`/`55`
 * dropped, trunk `0` with or without a two-digit carrier code dropped. Other shapes are
 * returned as they are (and fail validation later if they are not a number).
 */
export function stripBrPrefixes(digits: string, plus: boolean): string {
  if (plus) return stripTrunk(digits.slice(2))
  if ((digits.length === 12 || digits.length === 13) && digits.startsWith('55')) {
    return digits.slice(2)
  }
  return stripTrunk(digits)
}

function stripTrunk(digits: string): string {
  const n = digits.length
  if (digits.charCodeAt(0) === 48) {
    if (n === 11 || n === 12) return digits.slice(1) // 0 + DDD + number
    if (n === 13 || n === 14) return digits.slice(3) // 0 + carrier + DDD + number
  }
  return digits
}

/** The user's default DDD as two digits, or null if it is not a valid DDD. */
export function cleanDdd(raw: string | undefined): string | null {
  if (raw === undefined) return null
  const digits = raw.replace(/\D/g, '').replace(/^0+/, '')
  return digits.length === 2 && isValidDdd(Number(digits)) ? digits : null
}

/**
 * The digits of a paired DDD cell, kept as typed: the join is literal, so `01` + `130409321`
 * reads as trunk 0 + DDD 11 (as the ANS open-data file splits it). Null when empty or long.
 */
export function pairedDddDigits(raw: string | undefined): string | null {
  if (raw === undefined) return null
  const digits = raw.replace(/\D/g, '')
  return /[1-9]/.test(digits) && digits.length <= 4 ? digits : null
}

/**
 * A Brazilian national number to E.164: the DDD added when missing, the 9th digit added to
 * pre-2016 8-digit mobiles, then validated against the (compiled) max metadata.
 */
export function resolveBrNational(national: string, ddd: string | null): PhoneResult {
  let d = national
  const notes: PhoneNote[] = []
  if (d.length === 8 || d.length === 9) {
    // A nationwide 300x/400x-xxxx is dialled without a DDD: none is added to it.
    if (ddd !== null && !isNationwideNational(d)) d = stripBrPrefixes(ddd + d, false)
    else if (classifyBrNational(d) === null) return { ok: false, reason: 'missing_area_code' }
  }
  if (d.length === 10 && needsNinthDigit(d)) {
    d = d.slice(0, 2) + '9' + d.slice(2)
    notes.push('added 9th digit')
  }
  const parsed = parseBrNational(d)
  if (parsed === null) return { ok: false, reason: 'invalid_number' }
  return { ok: true, e164: '+55' + parsed.national, kind: parsed.kind, notes }
}

/** DDD + 8 digits starting with 6–9: a mobile from before the 9th digit (2016). */
function needsNinthDigit(d: string): boolean {
  const first = d.charCodeAt(2) - 48
  return first >= 6 && isValidDdd((d.charCodeAt(0) - 48) * 10 + d.charCodeAt(1) - 48)
}

/**
 * A national number that reaches a company anywhere in Brazil, not a person: 0300/0500/0800/
 * 0900 + 7 digits, or the 8-digit 300x-xxxx / 400x-xxxx shared-cost numbers. Valid without a
 * DDD (the metadata agrees), flagged `nationwide` so a WhatsApp launch asks before sending.
 */
export function isNationwideNational(national: string): boolean {
  // Every such number has 0 as its 2nd and 3rd digits: most numbers never reach the regex.
  if (national.charCodeAt(1) !== 48 || national.charCodeAt(2) !== 48) return false
  return /^(?:[3589]00\d{7}|[34]00\d{5})$/.test(national)
}
