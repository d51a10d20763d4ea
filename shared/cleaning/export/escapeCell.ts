/** Characters that make a spreadsheet read a cell as a formula (or a DDE payload). */
const FORMULA_START = /^[=+\-@\t\r]/

/** A plain number (`-2`, `1234,56`) or an E.164 phone (`+5511987654321`): harmless, kept. */
const SAFE = /^(?:[+-]?\d+(?:[.,]\d+)?|\+[1-9]\d{6,14})$/

/**
 * CSV/formula injection: a text cell starting with = + - @ tab or CR gets a leading `'`, so
 * opening the export runs nothing (OWASP's advice); numbers and E.164 phones stay as they are.
 */
export function escapeCellForExport(text: string): string {
  return FORMULA_START.test(text) && !SAFE.test(text) ? `'${text}` : text
}
