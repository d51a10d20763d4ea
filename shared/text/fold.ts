/**
 * The one accent fold (issue 13): header matching, key suggestion, e-mail column finding and
 * the grids' search all compare text through it, so "joao" finds "JOÃO" everywhere alike.
 */

/** Any character that is not plain ASCII: only such text has anything to fold. */
const NON_ASCII = /[\u0080-\uffff]/

/**
 * Removes diacritics and folds compatibility forms: "Conceição" → "Conceicao", "Nº" → "No",
 * "1ª" → "1a", "ﬁ" → "fi". Case is kept.
 */
export function stripAccents(text: string): string {
  // Fast path, no allocation: most cells are plain ASCII (100k rows per search).
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text
}

/** Accent- and case-insensitive form: "JOÃO", "João" and "joao" all fold to "joao". */
export function foldText(text: string): string {
  return stripAccents(text).toLowerCase()
}
