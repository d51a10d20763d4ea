/**
 * The fast path against libphonenumber-js/max itself: every DDD 11–99 (invalid ones too),
 * both lengths, every leading three-digit subscriber prefix, random remaining digits.
 * Shared by two test files so the two halves run on both CI cores.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { parseBrNational } from '../../../shared/cleaning/phone/brMetadata'
import { seededRandom } from '../../support/random'

export const SAMPLES_PER_PREFIX = 6

export interface Disagreement {
  digits: string
  fast: string | null
  library: string | null
}

function libraryE164(digits: string): string | null {
  const parsed = parsePhoneNumberFromString(digits, 'BR')
  return parsed !== undefined && parsed.isValid() ? parsed.number : null
}

function fastE164(digits: string): string | null {
  const parsed = parseBrNational(digits)
  return parsed === null ? null : '+55' + parsed.national
}

/** Checks every number for DDDs in [fromDdd, toDdd]; returns the count and disagreements. */
export function compareRange(fromDdd: number, toDdd: number, seed: number) {
  const next = seededRandom(seed)
  const disagreements: Disagreement[] = []
  let count = 0
  for (let ddd = fromDdd; ddd <= toDdd; ddd++) {
    for (const length of [10, 11]) {
      const restLength = length - 5
      const scale = 10 ** restLength
      for (let prefix = 0; prefix < 1000; prefix++) {
        const head = String(ddd) + String(prefix).padStart(3, '0')
        for (let s = 0; s < SAMPLES_PER_PREFIX; s++) {
          const digits = head + String(Math.floor(next() * scale)).padStart(restLength, '0')
          const fast = fastE164(digits)
          const library = libraryE164(digits)
          if (fast !== library) disagreements.push({ digits, fast, library })
          count++
        }
      }
    }
  }
  return { count, disagreements }
}
