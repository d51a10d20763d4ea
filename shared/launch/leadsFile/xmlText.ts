/**
 * Cell text for an OOXML `<t>` element. XML 1.0 cannot carry most control characters, and
 * Excel reads `_xHHHH_` as an escaped character: both are written the way Excel writes them
 * (`_x0001_`, and a literal `_x0041_` as `_x005F_x0041_`). Lone surrogates become U+FFFD.
 */

// Anything that needs more than a plain copy. Surrogates (emoji too) take the careful path.
// eslint-disable-next-line no-control-regex -- control characters are exactly what XML cannot carry
const NEEDS_WORK = /[&<>\x00-\x08\x0B-\x1F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9a-fA-F]{4}_/
// eslint-disable-next-line no-control-regex -- as above
const CONTROL = /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const EXCEL_ESCAPE = /_(x[0-9a-fA-F]{4}_)/g

export function xmlCellText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(EXCEL_ESCAPE, '_x005F_$1')
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** Excel drops leading and trailing spaces (and line breaks) unless told to keep them. */
export function needsPreserve(text: string): boolean {
  if (text === '') return false
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}
