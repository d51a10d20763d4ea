import { cleanDdd, pairedDddDigits, resolveBrNational, stripBrPrefixes } from './brNational'
import { resolveWithLibrary } from './foreign'
import { scanCell } from './scanCell'
import { dropExtension, isScientificNotation, splitNumbers } from './splitCell'
import type { CountryCode, PhoneNote, PhoneOptions, PhoneResult } from './types'

/**
 * One phone cell to E.164 (cleaning.md "Phone numbers"). Brazilian numbers take the compiled
 * fast path; `+` with another country code, or another default country, go to
 * libphonenumber-js/max.
 */
export function normalizePhone(raw: string, options: PhoneOptions = {}): PhoneResult {
  const text = raw.trim()
  if (text === '') return { ok: false, reason: 'missing_phone' }
  const scan = scanCell(text)
  if (!scan.complex) return resolveDigits(scan.digits, scan.plus, contextOf(options), scan.ownDdd)
  return resolveComplexCell(text, contextOf(options))
}

interface ResolveContext {
  country: CountryCode
  /** Digits to put before a number that has no DDD of its own. */
  ddd: string | null
}

function contextOf(options: PhoneOptions): ResolveContext {
  return {
    country: options.country ?? 'BR',
    // A paired DDD column speaks for this very row, so it wins over the user's default.
    ddd: pairedDddDigits(options.ddd) ?? cleanDdd(options.defaultDdd)
  }
}

/**
 * `ownDdd`: the cell wrote its DDD in parentheses, so the digits after it are the whole rest of
 * the number — 7 of them is a short number (`invalid_number`), never one to add a DDD to.
 */
function resolveDigits(
  digits: string,
  plus: boolean,
  context: ResolveContext,
  ownDdd = false
): PhoneResult {
  if (digits.length === 0) return { ok: false, reason: 'invalid_number' }
  const brazilian = plus ? digits.startsWith('55') : context.country === 'BR'
  if (!brazilian) return resolveWithLibrary(digits, plus, context.country)
  const national = stripBrPrefixes(digits, plus)
  if (ownDdd && national.length < 10) return { ok: false, reason: 'invalid_number' }
  return resolveBrNational(national, context.ddd)
}

/** Words, separators or an extension: split, try each number in turn, keep the first valid. */
function resolveComplexCell(text: string, context: ResolveContext): PhoneResult {
  if (isScientificNotation(text)) return { ok: false, reason: 'excel_scientific_notation' }
  const parts = splitNumbers(text)
  let first: PhoneResult | null = null
  for (const part of parts) {
    const result = resolvePart(part, context)
    if (result.ok) {
      if (parts.length > 1) result.notes.push('several numbers; first valid used')
      return result
    }
    first ??= result
  }
  return first ?? { ok: false, reason: 'invalid_number' }
}

function resolvePart(part: string, context: ResolveContext): PhoneResult {
  const { number, dropped } = dropExtension(part)
  const scan = scanCell(number)
  const result = resolveDigits(scan.digits, scan.plus, context, scan.ownDdd)
  if (result.ok && dropped) result.notes.unshift('extension dropped' satisfies PhoneNote)
  return result
}
