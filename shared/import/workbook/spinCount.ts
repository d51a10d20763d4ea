/**
 * The agile-encryption `spinCount` of a password-protected workbook: how many times the
 * password is hashed before the key is known. Excel writes 100,000 (under a second); the
 * standard (MS-OFFCRYPTO) says it MUST NOT pass 10,000,000, and a hostile file sets billions
 * to freeze whoever opens it. Found by scanning the EncryptionInfo XML in the file's bytes.
 */
export const MAX_SPIN_COUNT = 10_000_000

const NAME = Array.from('spinCount', (ch) => ch.charCodeAt(0))
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39
const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d

/** The largest spinCount in the file, or null when none is written (standard encryption). */
export function readSpinCount(bytes: Uint8Array): number | null {
  let largest: number | null = null
  for (let i = bytes.indexOf(0x73); i >= 0; i = bytes.indexOf(0x73, i + 1)) {
    const value = spinCountAt(bytes, i)
    if (value !== null) largest = Math.max(largest ?? 0, value)
  }
  return largest
}

/** `spinCount = "123"` (or '123') starting at `start`, as a number; null when not that. */
function spinCountAt(bytes: Uint8Array, start: number): number | null {
  if (!NAME.every((byte, k) => bytes[start + k] === byte)) return null
  let i = start + NAME.length
  while (isSpace(bytes[i])) i++
  if (bytes[i++] !== 0x3d) return null
  while (isSpace(bytes[i])) i++
  const quote = bytes[i++]
  if (quote !== 0x22 && quote !== 0x27) return null
  const first = i
  while (isDigit(bytes[i])) i++
  if (i === first || bytes[i] !== quote) return null
  // More than 15 digits is far over any limit (and past what a double holds exactly).
  if (i - first > 15) return Number.POSITIVE_INFINITY
  let value = 0
  for (let k = first; k < i; k++) value = value * 10 + ((bytes[k] as number) - 0x30)
  return value
}
