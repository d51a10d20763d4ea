import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { CountryCode, PhoneKind, PhoneResult } from './types'

/** Everything outside the Brazilian fast path: libphonenumber-js/max decides. */
export function resolveWithLibrary(
  digits: string,
  plus: boolean,
  country: CountryCode
): PhoneResult {
  const parsed = parsePhoneNumberFromString(plus ? '+' + digits : digits, country)
  if (parsed === undefined || !parsed.isValid()) return { ok: false, reason: 'invalid_number' }
  return { ok: true, e164: parsed.number, kind: kindOf(parsed.getType()), notes: [] }
}

function kindOf(type: string | undefined): PhoneKind {
  if (type === 'MOBILE') return 'mobile'
  if (type === 'FIXED_LINE') return 'fixed_line'
  return 'other'
}
