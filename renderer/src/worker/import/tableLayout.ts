import type { LeadInput } from '../../../../shared/cleaning'
import { leadInput, type RuleColumns } from '../../../../shared/cleaning/leadInputs'
import type { ColumnOverrides, LeadTable } from '../../../../shared/import'
import { isFooterRow } from '../../../../shared/import/table/footer'
import { isBlankRow } from '../../../../shared/import/table/findHeader'
import { layoutTable } from '../../../../shared/import/table/layoutTable'
import { cleanState } from '../clean/cleanState'
import type { ColumnRequest } from '../protocol'
import { importState } from '../state'

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
  const nonBlank = nonBlankRowsOf(table)
  const layout = layoutTable(table.grid, {
    ...(headerRow !== undefined && { headerRow }),
    columns,
    delimited: table.format === 'csv',
    formulaOnlyRows: stickyFooters,
    ...(nonBlank && { nonBlank })
  })
  // The reader's own notices (encoding, extension…) stay; the layout's are the new ones.
  const own = new Set(layout.notices.map((notice) => notice.code))
  const fromLayout = new Set(['no_header', 'no_phone_column'])
  const reader = table.notices.filter((n) => !fromLayout.has(n.code) && !own.has(n.code))
  return { ...table, ...layout, notices: [...reader, ...layout.notices] }
}

/**
 * The non-blank rows below `table`'s header as its layout found them: its data rows, then the
 * footer rows it set aside, which are the non-blank rows after the last data row. (Undefined
 * if those do not add up, and the layout looks for them again.)
 */
function nonBlankRowsOf(table: LeadTable): { rows: Uint32Array; blankSkipped: number } | undefined {
  const { grid, dataRows } = table
  const footers: number[] = []
  for (let i = (dataRows[dataRows.length - 1] ?? -1) + 1; i < grid.length; i++) {
    if (!isBlankRow(grid, i)) footers.push(i)
  }
  if (dataRows.length === 0 || footers.length !== table.footerRowsSkipped) return undefined
  const rows = new Uint32Array(dataRows.length + footers.length)
  rows.set(dataRows)
  rows.set(footers, dataRows.length)
  return { rows, blankSkipped: table.blankSkipped }
}

/**
 * What the rules read on each data row of `next` (relaidTable of the current table) with the
 * user's edits that still apply: leadInputs(next, columns) with `carried` (per data row, the
 * edited cells kept) merged in, as a column change cleans it. Built from the current session's
 * inputs rather than from the grid: data rows keep their positions, so a role whose column is
 * the same keeps the current input's cell, the very string the session already cleaned (its
 * phone-only recheck then compares names and e-mails at once), and only the roles whose column
 * changed are read from the grid. A row the user never edited holds the file's cells (cleanCalls
 * keeps `editedRows` so; the export relies on it too), and an edited row's cells that stay are
 * the ones `carried` holds, so both ways give the same inputs.
 */
export function relaidInputs(
  next: LeadTable,
  columns: RuleColumns,
  carried: ReadonlyMap<number, Partial<LeadInput>>
): LeadInput[] {
  const session = cleanState.session
  const before = cleanState.columns
  const current = importState.table
  const count = next.dataRows.length
  const inputs = new Array<LeadInput>(count)
  const { grid, dataRows, fieldCountRows } = next
  const same =
    before !== null && current?.grid === grid
      ? {
          phone: before.phone === columns.phone,
          ddd: before.ddd === columns.ddd,
          name: before.name === columns.name,
          email: before.email === columns.email
        }
      : null
  // The edited rows, in order: met one after the other as k goes up.
  const edited = [...carried.keys()].sort((a, b) => a - b)
  let nextEdited = 0
  for (let k = 0; k < count; k++) {
    const i = dataRows[k] ?? 0
    let cells: Partial<LeadInput> | undefined
    if (edited[nextEdited] === k) {
      cells = carried.get(k)
      nextEdited++
    }
    const old = same && !cells && current?.dataRows[k] === i ? session?.input(k) : undefined
    if (!same || !old) {
      const fresh = leadInput(next, columns, k)
      inputs[k] = cells ? { ...fresh, ...cells } : fresh
      continue
    }
    inputs[k] = inputOf(
      grid.rowNumber(i),
      same.phone ? old.phone : columns.phone === null ? '' : grid.cell(i, columns.phone),
      columns.ddd === null ? undefined : (kept(same.ddd, old.ddd) ?? grid.cell(i, columns.ddd)),
      columns.name === null ? undefined : (kept(same.name, old.name) ?? grid.cell(i, columns.name)),
      columns.email === null
        ? undefined
        : (kept(same.email, old.email) ?? grid.cell(i, columns.email)),
      fieldCountRows.has(i),
      columns.phone === null
    )
  }
  return inputs
}

/**
 * A LeadInput with leadInput's properties in leadInput's order; the usual shapes (a name and
 * an e-mail, with or without a DDD) made as one object, without a second store for the
 * properties added after the first two.
 */
function inputOf(
  row: number,
  phone: string,
  ddd: string | undefined,
  name: string | undefined,
  email: string | undefined,
  fieldCount: boolean,
  noPhoneColumn: boolean
): LeadInput {
  if (name !== undefined && email !== undefined && !fieldCount && !noPhoneColumn) {
    return ddd === undefined ? { row, phone, name, email } : { row, phone, ddd, name, email }
  }
  const input: LeadInput = { row, phone }
  if (ddd !== undefined) input.ddd = ddd
  if (name !== undefined) input.name = name
  if (email !== undefined) input.email = email
  if (fieldCount) input.fieldCount = true
  if (noPhoneColumn) input.noPhoneColumn = true
  return input
}

const kept = (same: boolean, value: string | undefined): string | undefined =>
  same ? value : undefined
