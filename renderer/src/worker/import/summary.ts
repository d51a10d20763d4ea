import type { LeadTable } from '../../../../shared/import'
import type { RawRow, TableSummary } from '../protocol'

export function summarize(table: LeadTable, readId: string): TableSummary {
  // Everything but the rows, which stay in the worker.
  const { grid, dataRows, fieldCountRows, ...rest } = table
  void grid
  return {
    ...rest,
    dataRowCount: dataRows.length,
    fieldCountRowCount: fieldCountRows.size,
    readId
  }
}

/** The sheet's first rows exactly as read, so the user can click the real header row. */
export function rawRows(table: LeadTable, count: number): RawRow[] {
  const rows: RawRow[] = []
  for (let g = 0; g < Math.min(count, table.grid.length); g++) {
    rows.push({ row: table.grid.rowNumber(g), cells: table.grid.row(g) })
  }
  return rows
}
