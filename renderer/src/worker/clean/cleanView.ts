import type { CleanRow, RowReason, RowWarning } from '../../../../shared/cleaning'
import type { LeadTable } from '../../../../shared/import'
import type {
  CleanColumn,
  CleanCounts,
  CleanFilter,
  CleanGridRow,
  CleanQuery
} from './cleanProtocol'
import { REASONS, WARNINGS } from './cleanProtocol'
import { NATIONWIDE_WARNING, launchExclusion } from '../../../../shared/launch/collectRows'
import { awaitsConfirmation, cleanState, editedCell, launchChoices } from './cleanState'
import { importState } from '../state'
import { foldText } from '../../../../shared/text/fold'
import { identity, sortedBy } from '../import/tableView'

/**
 * The grid's columns: what the rules read, beside what they made of it. The file's other
 * columns stay in the Importar grid (and in the row editor); search still reads them.
 */
export function cleanColumns(): CleanColumn[] {
  const rule = cleanState.columns
  const out: CleanColumn[] = [{ key: 'status' }, { key: 'reason' }, { key: 'phone' }]
  if (rule?.ddd != null) out.push({ key: 'ddd' })
  out.push({ key: 'e164' })
  if (rule?.name != null) out.push({ key: 'name' }, { key: 'cleanName' })
  if (rule?.email != null) out.push({ key: 'email' })
  return out
}

/** Whether row `index`'s rule cells differ from the file's (after an edit or its undo). */
export function isEdited(index: number): boolean {
  const table = importState.table
  const input = cleanState.session?.input(index)
  const columns = cleanState.columns
  if (!table || !input || !columns) return false
  const g = table.dataRows[index] ?? 0
  const file = (column: number | null): string | undefined =>
    column === null ? undefined : table.grid.cell(g, column)
  return (
    input.phone !== (file(columns.phone) ?? '') ||
    input.ddd !== file(columns.ddd) ||
    input.name !== file(columns.name) ||
    input.email !== file(columns.email)
  )
}

/** Rows edited by hand, so "editadas" can be counted without comparing every row. */
export const editedRows = new Set<number>()

export function counts(): CleanCounts {
  const reasons = Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<RowReason, number>
  const warnings = Object.fromEntries(WARNINGS.map((w) => [w, 0])) as Record<RowWarning, number>
  const out: CleanCounts = {
    total: 0,
    ok: 0,
    invalid: 0,
    duplicate: 0,
    excluded: 0,
    launchable: 0,
    toConfirm: 0,
    nationwide: 0,
    edited: editedRows.size,
    reasons,
    warnings,
    blankSkipped: importState.table?.blankSkipped ?? 0,
    footerRowsSkipped: importState.table?.footerRowsSkipped ?? 0
  }
  const rows = cleanState.session?.rows ?? []
  const choices = launchChoices()
  const excluded = cleanState.excluded
  out.total = rows.length
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as CleanRow
    if (row.reason !== undefined) reasons[row.reason]++
    // Most rows carry no warning: nothing to count or confirm for them.
    const warned: readonly RowWarning[] = row.warnings
    if (warned.length > 0) for (const w of warned) warnings[w]++
    if (excluded.has(i)) {
      out.excluded++
      continue
    }
    out[row.status]++
    if (warned.length > 0) {
      if (awaitsConfirmation(i, row)) out.toConfirm++
      if (row.status === 'ok' && warned.includes(NATIONWIDE_WARNING)) out.nationwide++
    }
    // The launch's own rule (shared/launch/collectRows), so the count is what is sent.
    if (launchExclusion(row, i, choices) === null) out.launchable++
  }
  return out
}

function matches(filter: CleanFilter | null, index: number, row: CleanRow): boolean {
  if (filter === null) return true
  switch (filter.kind) {
    case 'status':
      if (filter.value === 'excluded') return cleanState.excluded.has(index)
      return row.status === filter.value && !cleanState.excluded.has(index)
    case 'reason':
      return row.reason === filter.value
    case 'warning':
      return row.warnings.includes(filter.value)
    case 'edited':
      return editedRows.has(index)
  }
}

/** Folded text of each row's cells (file and edits), built on the first search. */
let searchCache: (string | undefined)[] = []

export function forgetSearchText(index?: number): void {
  if (index === undefined) searchCache = []
  else searchCache[index] = undefined
}

function searchText(table: LeadTable, index: number, row: CleanRow): string {
  let text = searchCache[index]
  if (text === undefined) {
    const g = table.dataRows[index] ?? 0
    const parts: string[] = []
    const width = Math.max(table.columns.length, table.grid.width(g))
    for (let c = 0; c < width; c++) parts.push(editedCell(index, c, table.grid.cell(g, c)))
    const input = cleanState.session?.input(index)
    if (input?.ddd !== undefined && cleanState.columns?.ddd == null) parts.push(input.ddd)
    text = foldText(parts.join('\u0001'))
    searchCache[index] = text
  }
  // The cleaned values change with the rules, so they are not cached.
  return `${text}\u0001${row.phone ?? ''}\u0001${foldText(row.name ?? '')}\u0001${row.email ?? ''}`
}

const STATUS_RANK = { ok: 0, invalid: 1, duplicate: 2 } as const

/** A sortable key of one row for one column. */
function sortKey(column: CleanColumn, index: number, row: CleanRow): string {
  switch (column.key) {
    case 'status':
      return String(cleanState.excluded.has(index) ? 3 : STATUS_RANK[row.status])
    case 'reason':
      if (row.status === 'duplicate') return `~${row.duplicateOf ?? 0}`
      return row.reason ?? ''
    default:
      return cellText(column, index, row)
  }
}

/** The text a column shows for a row: the cells as typed, or their cleaned values. */
function cellText(column: CleanColumn, index: number, row: CleanRow): string {
  const input = cleanState.session?.input(index)
  switch (column.key) {
    case 'status':
    case 'reason':
      return '' // drawn as tags by the grid
    case 'phone':
      return input?.phone ?? ''
    case 'ddd':
      return input?.ddd ?? ''
    case 'e164':
      return row.phone ?? ''
    case 'name':
      return input?.name ?? ''
    case 'cleanName':
      return row.name ?? ''
    case 'email':
      return row.email ?? ''
  }
}

/** Data-row positions after filter, search and sort; computed here, once per change. */
export function computeCleanView(table: LeadTable, query: CleanQuery): Uint32Array {
  const rows = cleanState.session?.rows ?? []
  const needle = foldText(query.search.trim())
  if (query.filter === null && needle === '' && !query.sort) return identity(rows.length)
  let order: number[] = []
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as CleanRow
    if (!matches(query.filter, i, row)) continue
    if (needle !== '' && !searchText(table, i, row).includes(needle)) continue
    order.push(i)
  }
  const column = query.sort ? cleanColumns()[query.sort.column] : undefined
  if (query.sort && column) {
    order = sortedBy(order, (i) => sortKey(column, i, rows[i] as CleanRow), query.sort.direction)
  }
  return Uint32Array.from(order)
}

export function gridRow(columns: CleanColumn[], index: number): CleanGridRow {
  const row = cleanState.session?.rows[index] as CleanRow
  const cells = columns.map((column) => cellText(column, index, row))
  const out: CleanGridRow = {
    index,
    row: row.row,
    status: row.status,
    warnings: [...row.warnings],
    notes: [...row.notes],
    excluded: cleanState.excluded.has(index),
    confirmed: cleanState.confirmed.has(index),
    edited: editedRows.has(index),
    cells
  }
  if (row.reason !== undefined) out.reason = row.reason
  if (row.duplicateOf !== undefined) out.duplicateOf = row.duplicateOf
  return out
}

export function cleanPage(start: number, count: number): CleanGridRow[] {
  const table = importState.table
  if (!table || !cleanState.session) return []
  const columns = cleanColumns()
  const out: CleanGridRow[] = []
  const view = cleanState.view
  for (let k = start; k < Math.min(view.length, start + count); k++) {
    out.push(gridRow(columns, view[k] ?? 0))
  }
  return out
}
