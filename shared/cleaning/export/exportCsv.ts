import type { LeadTable } from '../../import/leadTable'
import type { CleanResult } from '../types'
import { escapeCellForCsv } from './escapeCell'
import { exportRows, type ExportOptions } from './exportRows'

/** Shown beside the CSV choice (cleaning.md "Export"). */
export const CSV_EXPORT_WARNING =
  'Ao abrir este CSV, o Excel pode transformar números longos (como telefones) em notação científica (5,51199E+12) e perder dígitos. Prefira exportar em XLSX.'

/**
 * CSV in UTF-8 with a BOM (so Excel reads the accents). `;` by default: the list separator
 * of Excel in pt-BR, which opens comma files as a single column.
 */
export function exportCleanResultCsv(
  table: LeadTable,
  result: CleanResult,
  options: ExportOptions & { delimiter?: ',' | ';' | '\t' } = {}
): string {
  const { rows } = exportRows(table, result, options)
  return csvText(rows, options.delimiter)
}

/**
 * Rows of text as an export CSV: UTF-8 BOM, CRLF, every cell escaped against formula
 * injection and quoted where a reader could split it. The one CSV writer of the exports (Limpar's
 * and Campanhas' results).
 */
export function csvText(
  rows: readonly (readonly string[])[],
  delimiter: ',' | ';' | '\t' = ';'
): string {
  const lines = rows.map((cells) =>
    cells.map((cell) => quote(escapeCellForCsv(cell))).join(delimiter)
  )
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

/**
 * Any separator a reader might guess (`,` `;` tab), a quote or a line break gets the cell
 * quoted, whatever this file's delimiter: a `;` file opened as comma-separated must not split
 * `x,=2+3…` into a cell that starts with `=`.
 */
const NEEDS_QUOTES = /[,;\t"\r\n]/

function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}
