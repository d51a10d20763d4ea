import * as XLSX from '@e965/xlsx'
import type { LeadTable } from '../../import/leadTable'
import type { CleanResult } from '../types'
import { exportRows, type ExportOptions } from './exportRows'

/**
 * The default export: every cell a text cell (`t: 's'`, format `@`), so Excel shows
 * `+5511987654321` and never `5,51199E+12`, and leading zeros survive. A text cell never runs
 * as a formula, so cells are written exactly as read: no `'` prefix to show up in the sheet.
 */
export function exportCleanResultXlsx(
  table: LeadTable,
  result: CleanResult,
  options: ExportOptions & { sheetName?: string } = {}
): Uint8Array {
  const { rows } = exportRows(table, result, options)
  const sheet: XLSX.WorkSheet = {}
  rows.forEach((cells, r) => {
    cells.forEach((v, c) => {
      if (v !== '') sheet[XLSX.utils.encode_cell({ r, c })] = { t: 's', v, z: '@' }
    })
  })
  const lastColumn = Math.max(0, (rows[0]?.length ?? 1) - 1)
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length - 1, c: lastColumn }
  })
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, options.sheetName ?? 'Leads')
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
