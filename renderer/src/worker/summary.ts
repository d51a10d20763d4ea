import type { LeadTable } from '../../../shared/import'
import type { RawRow, TableSummary } from './protocol'

export function summarize(table: LeadTable): TableSummary {
  return {
    file: table.file,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: table.headerRow,
    columns: table.columns,
    dataRowCount: table.dataRows.length,
    fieldCountRowCount: table.fieldCountRows.size,
    blankSkipped: table.blankSkipped,
    footerRowsSkipped: table.footerRowsSkipped,
    notices: table.notices,
    phoneColumn: table.phoneColumn,
    dddColumn: table.dddColumn,
    nameColumn: table.nameColumn
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
