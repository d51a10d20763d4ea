import { foldText } from '../../text/fold'

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}

/** The name a column without a header gets (cleaning.md): Coluna A, Coluna B, … */
export function fallbackColumnName(index: number): string {
  return `Coluna ${columnLetter(index)}`
}

/**
 * A header text reduced for matching: accents and case dropped, camelCase and digits split
 * into words (`telefone1` → `telefone 1`, `phoneNumber` → `phone number`).
 */
export function headerWords(header: string): string[] {
  return foldText(header.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/([a-z])(\d)/g, '$1 $2')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
}

export function normalizeHeader(header: string): string {
  return headerWords(header).join(' ')
}
