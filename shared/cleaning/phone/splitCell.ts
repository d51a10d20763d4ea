/** The slow path for cells with words or separators: several numbers, extensions, notation. */

/** `5,512E+12` / `5.512E+12`: Excel already replaced the digits; they must never be guessed. */
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?\s*e\s*[+-]?\d+$/i

/** Between numbers: `/`, `;`, `,`, line breaks, ` ou `, ` e ` (cleaning.md "several numbers"). */
const SEPARATOR = /\s*[/;,\r\n]\s*|\s+(?:ou|e)\s+/i

/**
 * An extension marker and its digits: `ramal 21`, `r. 21`, `R:21`, `ext 21`, `x21`. Not
 * preceded by a letter, so words such as `fixo` or the `0xx11` trunk notation do not match.
 */
const EXTENSION = /(?<![a-zà-ÿ])(?:ramal|ext|r(?=\s*[.:])|x)\s*[.:]?\s*\d/i

export function isScientificNotation(text: string): boolean {
  return SCIENTIFIC.test(text.trim())
}

/** Quick test before the split regex: most complex cells are one number with words. */
const MAYBE_SEPARATOR = /[/;,\r\n]|\s(?:ou|e)\s/i

export function splitNumbers(text: string): string[] {
  if (!MAYBE_SEPARATOR.test(text)) return [text]
  return text.split(SEPARATOR).filter((part) => /\d/.test(part))
}

/** The part before an extension marker, and whether one was dropped. */
export function dropExtension(part: string): { number: string; dropped: boolean } {
  // Every marker has an r or an x: skip the costlier regex for `(WhatsApp)`, `cel`, `fixo`…
  const match = /[rx]/i.test(part) ? EXTENSION.exec(part) : null
  if (match === null || match.index === 0) return { number: part, dropped: false }
  return { number: part.slice(0, match.index), dropped: true }
}
