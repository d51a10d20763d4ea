/** Text helpers shared by header matching, key suggestion and presets. */
import { foldText } from '../text/fold'

/** Accent- and case-insensitive form of a header: lower-case words separated by one space. */
export function normalizeHeader(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Normalized header without spaces, so that "E-mail", "e_mail" and "EMAIL" compare equal. */
export function compactHeader(header: string): string {
  return normalizeHeader(header).replace(/ /g, '')
}

/** Little words that say nothing about a column ("Nome do cliente" ≈ "nome cliente"). */
const STOPWORDS = new Set(['da', 'de', 'do', 'das', 'dos', 'e', 'o', 'a', 'of', 'the', 'and'])

export function headerTokens(header: string): string[] {
  return normalizeHeader(header)
    .split(' ')
    .filter((token) => token !== '' && !STOPWORDS.has(token))
}
