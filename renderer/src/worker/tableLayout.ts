import type { ColumnOverrides, LeadTable } from '../../../shared/import'
import { isFooterRow } from '../../../shared/import/table/footer'
import { isBlankRow } from '../../../shared/import/table/findHeader'
import { layoutTable } from '../../../shared/import/table/layoutTable'
import type { ColumnRequest } from './protocol'

const NO_ROWS: ReadonlySet<number> = new Set()

/**
 * The footer rows `table` set aside that no Total label explains: the workbook reader's
 * formula-only rows (the table does not carry that set). Added to `into` as row numbers.
 */
export function rememberStickyFooters(table: LeadTable, into: Set<number>): void {
  const { grid } = table
  let left = table.footerRowsSkipped
  for (let i = grid.length - 1; i >= 0 && left > 0; i--) {
    if (isBlankRow(grid, i)) continue
    left--
    if (!isFooterRow(grid, i, table.phoneColumn, NO_ROWS)) into.add(grid.rowNumber(i))
  }
}

/** The current overrides with the request applied: a name, '' for none, null for automatic. */
export function mergeColumns(
  current: ColumnOverrides | undefined,
  request: ColumnRequest
): ColumnOverrides {
  const next: ColumnOverrides = { ...current }
  for (const role of ['phone', 'ddd', 'name'] as const) {
    const value = request[role]
    if (value === undefined) continue
    if (value === null) delete next[role]
    else next[role] = value
  }
  return next
}

/**
 * The same rows laid out with other columns: the grid already in memory, the same header
 * row, no decoding or parsing. Header and blank rows do not depend on the columns, so data
 * rows keep their positions; only footer trimming (which reads the phone column) may add or
 * drop rows at the end.
 */
export function relaidTable(
  table: LeadTable,
  headerRow: number | undefined,
  columns: ColumnOverrides,
  stickyFooters: ReadonlySet<number>
): LeadTable {
  const layout = layoutTable(table.grid, {
    ...(headerRow !== undefined && { headerRow }),
    columns,
    delimited: table.format === 'csv',
    formulaOnlyRows: stickyFooters
  })
  // The reader's own notices (encoding, extension…) stay; the layout's are the new ones.
  const own = new Set(layout.notices.map((notice) => notice.code))
  const fromLayout = new Set(['no_header', 'no_phone_column'])
  const reader = table.notices.filter((n) => !fromLayout.has(n.code) && !own.has(n.code))
  return { ...table, ...layout, notices: [...reader, ...layout.notices] }
}
