import { writeXlsxRows } from '../../launch/leadsFile/writeXlsx'
import type { LeadTable } from '../../import/leadTable'
import type { CleanResult } from '../types'
import { exportRowSource, type ExportOptions } from './exportRows'

/**
 * The default export: every cell a text cell (a shared string, the sheet formatted as Text `@`),
 * so Excel shows `+5511987654321` and never `5,51199E+12`, and leading zeros survive. A text
 * cell never runs as a formula, so cells are written exactly as read: no `'` prefix to show up
 * in the sheet. Written by the leads file's own xlsx writer (shared/launch/leadsFile): SheetJS
 * took ~20 s for 100k rows here (issue 13); the tests read the result back with SheetJS.
 */
export function exportCleanResultXlsx(
  table: LeadTable,
  result: CleanResult,
  options: ExportOptions & { sheetName?: string } = {}
): Uint8Array {
  // Each row written as it is made (none kept), the same cells exportRows gives.
  const source = exportRowSource(table, result, options)
  return writeXlsxRows(source.header, source, {
    sheetName: options.sheetName ?? 'Leads',
    textFormat: true,
    blankEmpty: true
  })
}
