/**
 * Characters that make a spreadsheet read a cell as a formula (or a DDE payload). Leading
 * spaces are looked past: Excel and LibreOffice trim them and still run ` =HYPERLINK(…)`.
 */
const FORMULA_START = /^[ \u00a0]*[=+\-@\t\r]/

/** A plain number (`-2`, `1234,56`) or an E.164 phone (`+5511987654321`): harmless, kept. */
const SAFE = /^(?:[+-]?\d+(?:[.,]\d+)?|\+[1-9]\d{6,14})$/

/**
 * A formula right after a separator inside the cell (`x,=2+3…`): a reader that guesses
 * another delimiter than ours splits the cell there, and that piece starts a formula.
 */
const INNER_FORMULA = /([,;\t\r\n][ \u00a0]*)([=+\-@][^,;\t\r\n]*)/g

/**
 * CSV/formula injection: a text cell starting (after any spaces) with = + - @ tab or CR gets a
 * leading `'`, so opening the export runs nothing (OWASP's advice); numbers and E.164 phones
 * stay as they are. Only CSV needs this: the XLSX export writes text cells, which never run.
 */
export function escapeCellForExport(text: string): string {
  return FORMULA_START.test(text) && !SAFE.test(text) ? `'${text}` : text
}

/** The CSV form: the leading escape, and the same `'` before a formula behind a separator. */
export function escapeCellForCsv(text: string): string {
  const inner = text.replace(INNER_FORMULA, (whole, separator: string, piece: string) =>
    SAFE.test(piece) ? whole : `${separator}'${piece}`
  )
  return escapeCellForExport(inner)
}
