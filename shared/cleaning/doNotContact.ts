import { normalizePhone } from './phone/normalizePhone'
import type { CountryCode } from './phone/types'

/**
 * The block list from pasted text or a file's column: every number the rules accept, as
 * E.164 (one per line or separated by `;`/`,`; a cell with several numbers blocks them all).
 */
export function parseDoNotContact(
  lines: Iterable<string>,
  options: { country?: CountryCode; defaultDdd?: string } = {}
): Set<string> {
  const blocked = new Set<string>()
  for (const line of lines) {
    for (const part of line.split(/[\r\n;,/]+/)) {
      const result = normalizePhone(part, options)
      if (result.ok) blocked.add(result.e164)
    }
  }
  return blocked
}
