import { exportCleanResultCsv, exportCleanResultXlsx } from '../../../../shared/cleaning/export'
import type { Grid, LeadTable } from '../../../../shared/import'
import type { CleanExportFile } from './cleanProtocol'
import { awaitsConfirmation, cleanState, editedCell } from './cleanState'
import { editedRows } from './cleanView'
import { importState } from '../state'

/** The table as the user fixed it: the edited rule cells replace the file's. */
function editedTable(table: LeadTable): LeadTable {
  const byGridRow = new Map<number, number>()
  for (const index of editedRows) byGridRow.set(table.dataRows[index] ?? 0, index)
  if (byGridRow.size === 0) return table
  const grid: Grid = {
    get length() {
      return table.grid.length
    },
    rowNumber: (i) => table.grid.rowNumber(i),
    width: (i) => table.grid.width(i),
    cell(i, column) {
      const value = table.grid.cell(i, column)
      const index = byGridRow.get(i)
      return index === undefined ? value : editedCell(index, column, value)
    },
    row(i) {
      const width = Math.max(table.columns.length, table.grid.width(i))
      return Array.from({ length: width }, (_, c) => this.cell(i, c))
    }
  }
  return { ...table, grid }
}

function baseName(file: string): string {
  const dot = file.lastIndexOf('.')
  return dot > 0 ? file.slice(0, dot) : file
}

/**
 * The cleaned list as a file (cleaning.md "Export"): every row with its status and motivo,
 * or only what a launch would send. The bytes are made here; the screen saves them via main.
 */
export function exportClean(format: 'xlsx' | 'csv', rows: 'all' | 'launchable'): CleanExportFile {
  const table = importState.table
  const session = cleanState.session
  if (!table || !session) throw new Error('nothing to export')
  const result = session.result()
  const excluded = new Set(cleanState.excluded)
  if (rows === 'launchable') {
    result.rows.forEach((row, index) => {
      if (awaitsConfirmation(index, row)) excluded.add(index)
    })
  }
  const options = { rows: rows === 'launchable' ? ('ok' as const) : ('all' as const), excluded }
  const source = editedTable(table)
  const suffix = rows === 'launchable' ? 'para-disparo' : 'limpo'
  const suggestedName = `${baseName(table.file)}-${suffix}.${format}`
  const bytes =
    format === 'xlsx'
      ? exportCleanResultXlsx(source, result, options)
      : new TextEncoder().encode(exportCleanResultCsv(source, result, options))
  return { bytes, suggestedName }
}
