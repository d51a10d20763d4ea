/**
 * Collects one sheet's rows into a Grid: keeps only rows with visible text, remembers the
 * rows made only of formulas, counts what it kept.
 */
import { createGrid } from '../grid'
import type { SheetCells } from './types'

export interface SheetBuilder {
  /** cells[i] is column i (A = 0), '' when empty; formulaOnly: every filled cell is a formula. */
  addRow(rowNumber: number, cells: string[], formulaOnly: boolean): void
  finish(): SheetCells & { rows: number }
}

export function createSheetBuilder(): SheetBuilder {
  const grid = createGrid()
  const formulaOnlyRows = new Set<number>()
  return {
    addRow(rowNumber, cells, formulaOnly) {
      if (!cells.some(hasVisibleText)) return
      grid.push(rowNumber, cells)
      if (formulaOnly) formulaOnlyRows.add(rowNumber)
    },
    finish: () => ({ grid, formulaOnlyRows, rows: grid.length })
  }
}

/** Cheap for the common case: the first character decides unless it is whitespace. */
export function hasVisibleText(text: string): boolean {
  if (text === '') return false
  const first = text.charCodeAt(0)
  if (first > 32 && first !== 160) return true
  return text.trim() !== ''
}
