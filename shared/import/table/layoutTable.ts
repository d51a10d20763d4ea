import type { Grid } from '../grid'
import type { ImportNotice } from '../leadTable'
import { ImportError } from '../errors'
import { chooseColumns, type ColumnOverrides } from '../columns/chooseColumns'
import { fallbackColumnName } from '../columns/columnNames'
import { findHeader, isBlankRow } from './findHeader'
import { isFooterRow } from './footer'

export interface LayoutOptions {
  /** Spreadsheet row number of the header; 0 = no header; absent = found automatically. */
  headerRow?: number
  columns?: ColumnOverrides
  /**
   * Delimited text: rows with the wrong field count are flagged, and a jump in row numbers is
   * a multi-line record. In a workbook grid a jump is a blank row the reader did not store.
   */
  delimited: boolean
  formulaOnlyRows?: ReadonlySet<number>
  /**
   * The non-blank rows below the header and how many blank rows were skipped, when a layout
   * of the same grid with the same header already found them (another column choice): they
   * do not depend on the columns, so they are not looked for again.
   */
  nonBlank?: { rows: Uint32Array; blankSkipped: number }
}

/** Where a sheet's leads are: header, columns, data rows, and what was set aside. */
export interface TableLayout {
  headerRow: number | null
  columns: string[]
  dataRows: Uint32Array
  fieldCountRows: Set<number>
  blankSkipped: number
  footerRowsSkipped: number
  phoneColumn: number | null
  dddColumn: number | null
  nameColumn: number | null
  phoneByHeader: boolean
  notices: ImportNotice[]
}

const SAMPLE_ROWS = 200

export function layoutTable(grid: Grid, options: LayoutOptions): TableLayout {
  const { header, firstData } = findHeader(grid, options.headerRow)
  const { rows, blankSkipped } =
    options.nonBlank ?? nonBlankRows(grid, firstData, options.delimited)
  const columns = columnNames(grid, header, rows, options.delimited)
  const sample = Array.from(rows.subarray(0, SAMPLE_ROWS), (i) => rowCells(grid, i, columns.length))
  const choice = chooseColumns(columns, sample, options.columns)
  let end = rows.length
  const formulaOnly = options.formulaOnlyRows ?? new Set<number>()
  while (end > 0 && isFooterRow(grid, rows[end - 1] ?? 0, choice.phone, formulaOnly)) end--
  const dataRows = rows.slice(0, end)
  if (dataRows.length === 0) throw new ImportError('no_data_rows')
  return {
    headerRow: header === null ? null : grid.rowNumber(header),
    columns,
    dataRows,
    fieldCountRows:
      options.delimited && header !== null
        ? fieldCountRows(grid, dataRows, columns.length)
        : new Set(),
    blankSkipped,
    footerRowsSkipped: rows.length - end,
    phoneColumn: choice.phone,
    dddColumn: choice.ddd,
    nameColumn: choice.name,
    phoneByHeader: choice.phoneByHeader,
    notices: [
      ...(header === null ? [{ code: 'no_header' } as const] : []),
      ...(choice.phone === null ? [{ code: 'no_phone_column' } as const] : [])
    ]
  }
}

/** Grid indices of the non-blank rows from `first` on, and how many blank rows were skipped. */
function nonBlankRows(grid: Grid, first: number, delimited: boolean) {
  let rows = new Uint32Array(Math.max(16, grid.length - first))
  let count = 0
  let blankSkipped = 0
  let previous = first > 0 ? grid.rowNumber(first - 1) : grid.rowNumber(first) - 1
  for (let i = first; i < grid.length; i++) {
    const rowNumber = grid.rowNumber(i)
    if (!delimited) blankSkipped += Math.max(0, rowNumber - previous - 1)
    previous = rowNumber
    if (isBlankRow(grid, i)) blankSkipped++
    else rows[count++] = i
  }
  rows = rows.subarray(0, count)
  return { rows, blankSkipped }
}

function columnNames(grid: Grid, header: number | null, rows: Uint32Array, delimited: boolean) {
  const headerWidth = header === null ? 0 : filledWidth(grid, header)
  let width = headerWidth
  // Text beyond the header in a workbook (or any file without a header) still gets a column;
  // in delimited text such cells are a field_count problem instead.
  if (header === null || !delimited) {
    for (const i of rows) width = Math.max(width, filledWidth(grid, i))
  }
  const names = Array.from({ length: width }, (_, c) => {
    const name = c < headerWidth && header !== null ? grid.cell(header, c).trim() : ''
    return name === '' ? fallbackColumnName(c) : name
  })
  return distinctNames(names)
}

/**
 * Repeated header names made distinct the way the grid shows them (`telefone`, `telefone (2)`),
 * so each column can be chosen by name, in the app and with `--phone-column`.
 */
function distinctNames(names: string[]): string[] {
  const taken = new Set(names)
  const seen = new Map<string, number>()
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    if (count === 1) return name
    let n = count
    while (taken.has(`${name} (${n})`)) n++
    const distinct = `${name} (${n})`
    taken.add(distinct)
    return distinct
  })
}

/** Row width without its trailing empty cells. */
function filledWidth(grid: Grid, i: number): number {
  let width = grid.width(i)
  while (width > 0 && grid.cell(i, width - 1).trim() === '') width--
  return width
}

function rowCells(grid: Grid, i: number, width: number): string[] {
  return Array.from({ length: width }, (_, c) => grid.cell(i, c))
}

/** More or fewer fields than the header; trailing empty fields past the header don't count. */
function fieldCountRows(grid: Grid, dataRows: Uint32Array, width: number): Set<number> {
  const flagged = new Set<number>()
  for (const i of dataRows) {
    const fields = grid.width(i)
    if (fields < width || (fields > width && filledWidth(grid, i) > width)) flagged.add(i)
  }
  return flagged
}
