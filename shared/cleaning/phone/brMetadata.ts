import type { PhoneKind } from './types'

/**
 * Brazil's numbering plan as libphonenumber-js/max (1.13.x) encodes it, hand-compiled into
 * char-code checks so that the common case costs no regex and no metadata walk. Every rule
 * below mirrors one pattern of `metadata.max.json` → countries.BR; the agreement test
 * (test/unit/cleaning/brFastPath.test.ts) checks >1M numbers against the library itself.
 *
 *   fixed_line  (?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])[2-5]\d{7}        10
 *   mobile      (same DDDs)(?:7|9\d)\d{7}                                            10, 11
 *   toll_free   800\d{6,7}                                                           9, 10
 *   premium     [59]00\d{6,7}                                                        9, 10
 *   shared/uan  (?:30[03]\d{3}|4(?:0(?:0\d|20)|370|864))\d{4}|300\d{5}                8, 10
 */

/** Valid DDDs (area codes), indexed by the two-digit number. */
const VALID_DDD: readonly boolean[] = buildDddTable()

function buildDddTable(): boolean[] {
  const table = new Array<boolean>(100).fill(false)
  const ranges: Record<number, string> = {
    1: '123456789',
    2: '12478',
    3: '1234578',
    4: '123456789',
    5: '1345',
    6: '123456789',
    7: '134579',
    8: '123456789',
    9: '123456789'
  }
  for (const [tens, units] of Object.entries(ranges)) {
    for (const unit of units) table[Number(tens) * 10 + Number(unit)] = true
  }
  return table
}

export function isValidDdd(ddd: number): boolean {
  return VALID_DDD[ddd] === true
}

/** Digit value of d[i]; -1 when out of range. d holds ASCII digits only. */
function at(d: string, i: number): number {
  return d.charCodeAt(i) - 48
}

/**
 * Kind of a Brazilian national significant number (digits only, no trunk 0, no +55),
 * or null when libphonenumber's max metadata says it is not a valid number.
 */
export function classifyBrNational(d: string): PhoneKind | null {
  const n = d.length
  if (n === 10 || n === 11) {
    const ddd = at(d, 0) * 10 + at(d, 1)
    const first = at(d, 2)
    if (isValidDdd(ddd)) {
      if (n === 11) return first === 9 ? 'mobile' : null
      if (first >= 2 && first <= 5) return 'fixed_line'
      if (first === 7) return 'mobile'
    }
    return n === 10 && isServiceNumber10(d) ? 'other' : null
  }
  if (n === 9) return isTollOrPremiumPrefix(d) ? 'other' : null
  if (n === 8) return isShortUan(d) ? 'other' : null
  return null
}

/** 800…, 500…, 900… (toll free / premium rate), 9 or 10 digits. */
function isTollOrPremiumPrefix(d: string): boolean {
  const a = at(d, 0)
  return (a === 8 || a === 5 || a === 9) && at(d, 1) === 0 && at(d, 2) === 0
}

/** 10-digit non-geographic numbers: toll free, premium rate, or 300x/303x UAN. */
function isServiceNumber10(d: string): boolean {
  if (isTollOrPremiumPrefix(d)) return true
  const c = at(d, 2)
  return at(d, 0) === 3 && at(d, 1) === 0 && (c === 0 || c === 3)
}

/** 8-digit nationwide numbers: 300…, 400x, 4020, 4370, 4864. */
function isShortUan(d: string): boolean {
  const a = at(d, 0)
  const b = at(d, 1)
  const c = at(d, 2)
  const e = at(d, 3)
  if (a === 3) return b === 0 && c === 0
  if (a !== 4) return false
  if (b === 0) return c === 0 || (c === 2 && e === 0)
  return (b === 3 && c === 7 && e === 0) || (b === 8 && c === 6 && e === 4)
}

/**
 * What libphonenumber-js/max makes of BR digits typed without `+` (default country BR), for
 * the shapes the fast path sees: the number as is when valid; else, as the library does,
 * a leading `90` (collect-call prefix) dropped, or a leading `55` read as the country code
 * when the whole does not fit BR's general pattern (only `555` + 8 digits among 11-digit
 * strings), when what remains is valid. Returns the national number kept and its kind.
 */
export function parseBrNational(d: string): { national: string; kind: PhoneKind } | null {
  const kind = classifyBrNational(d)
  if (kind !== null) return { national: d, kind }
  const a = at(d, 0)
  const b = at(d, 1)
  const collectCall = d.length >= 10 && a === 9 && b === 0
  const countryCode = d.length === 11 && a === 5 && b === 5 && at(d, 2) === 5
  if (!collectCall && !countryCode) return null
  const rest = d.slice(2)
  const restKind = classifyBrNational(rest)
  return restKind === null ? null : { national: rest, kind: restKind }
}
