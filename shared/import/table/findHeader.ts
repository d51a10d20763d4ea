import type { Grid } from '../grid'
import { ImportError } from '../errors'
import { isBlank, looksLikeValue } from './cellKinds'

export interface HeaderChoice {
  /** Grid index of the header row; null when the file has none. */
  header: number | null
  /** Grid index of the first row below the header (or of the first data row without one). */
  firstData: number
}

/**
 * The header row per cleaning.md: the first non-blank row, past title rows (a single filled cell
 * above a fuller row), unless most of its cells look like values — then there is no header.
 * `headerRow` is the user's choice: a spreadsheet row number, or 0 for "no header".
 */
export function findHeader(grid: Grid, headerRow?: number): HeaderChoice {
  if (headerRow !== undefined) return chosenHeader(grid, headerRow)
  let candidate = nextFilled(grid, 0)
  if (candidate === -1) throw new ImportError('empty_file')
  for (;;) {
    const next = nextFilled(grid, candidate + 1)
    if (next === -1 || filledCells(grid, candidate).length !== 1) break
    const nextCells = filledCells(grid, next)
    if (nextCells.length <= 1) break
    // A row holding data (a phone, an e-mail, a date) is not a header: the single-cell row
    // above it is (`| Número` over `Maria | 24999085430`), not a title.
    if (nextCells.some(looksLikeValue)) break
    candidate = next
  }
  const cells = filledCells(grid, candidate)
  const values = cells.filter(looksLikeValue).length
  if (values * 2 > cells.length) return { header: null, firstData: candidate }
  return { header: candidate, firstData: candidate + 1 }
}

function chosenHeader(grid: Grid, headerRow: number): HeaderChoice {
  if (headerRow === 0) return { header: null, firstData: 0 }
  for (let i = 0; i < grid.length; i++) {
    if (grid.rowNumber(i) !== headerRow) continue
    if (filledCells(grid, i).length === 0) break
    return { header: i, firstData: i + 1 }
  }
  throw new ImportError('header_row_not_found', { row: headerRow })
}

export function nextFilled(grid: Grid, from: number): number {
  for (let i = from; i < grid.length; i++) if (!isBlankRow(grid, i)) return i
  return -1
}

export function isBlankRow(grid: Grid, i: number): boolean {
  const width = grid.width(i)
  for (let c = 0; c < width; c++) if (!isBlank(grid.cell(i, c))) return false
  return true
}

export function filledCells(grid: Grid, i: number): string[] {
  return grid.row(i).filter((text) => !isBlank(text))
}
