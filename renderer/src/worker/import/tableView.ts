import type { LeadTable } from '../../../../shared/import'
import { foldText } from '../../../../shared/text/fold'
import type { GridRowData, ViewQuery } from '../protocol'

const collator = new Intl.Collator('pt-BR', { numeric: true, sensitivity: 'base' })

/**
 * The grid's current order: data-row positions after search and sort. Computed in the
 * worker, once per query; pages are then cheap slices.
 */
export function computeView(table: LeadTable, query: ViewQuery): Uint32Array {
  const { grid, dataRows, columns } = table
  const needle = foldText(query.search.trim())
  // Every row in file order (a new table, a column change): no array of 100k numbers to build.
  if (needle === '' && !query.sort) return identity(dataRows.length)
  let order: number[] = []
  for (let i = 0; i < dataRows.length; i++) {
    if (needle === '') {
      order.push(i)
      continue
    }
    const g = dataRows[i] ?? 0
    for (let c = 0; c < Math.max(columns.length, grid.width(g)); c++) {
      if (foldText(grid.cell(g, c)).includes(needle)) {
        order.push(i)
        break
      }
    }
  }
  if (query.sort) {
    const { column, direction } = query.sort
    order = sortedBy(order, (i) => grid.cell(dataRows[i] ?? 0, column), direction)
  }
  return Uint32Array.from(order)
}

/** 0, 1, … n − 1. */
export function identity(n: number): Uint32Array {
  const order = new Uint32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  return order
}

/**
 * `order` sorted by each row's text key, pt-BR collation with numbers in numeric order.
 * Stable: equal keys keep the spreadsheet's order. Keys are computed once per row.
 */
export function sortedBy(
  order: readonly number[],
  keyOf: (index: number) => string,
  direction: 'asc' | 'desc'
): number[] {
  const keys = order.map(keyOf)
  const positions = order.map((_, k) => k)
  const sign = direction === 'asc' ? 1 : -1
  positions.sort((a, b) => sign * collator.compare(keys[a] ?? '', keys[b] ?? '') || a - b)
  return positions.map((k) => order[k] ?? 0)
}

export function pageOf(
  table: LeadTable,
  view: Uint32Array,
  start: number,
  count: number
): GridRowData[] {
  const rows: GridRowData[] = []
  const width = table.columns.length
  for (let k = start; k < Math.min(view.length, start + count); k++) {
    const index = view[k] ?? 0
    const g = table.dataRows[index] ?? 0
    const cells: string[] = []
    for (let c = 0; c < Math.max(width, table.grid.width(g)); c++) cells.push(table.grid.cell(g, c))
    rows.push({
      index,
      row: table.grid.rowNumber(g),
      cells,
      fieldCount: table.fieldCountRows.has(g)
    })
  }
  return rows
}
