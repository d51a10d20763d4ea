/**
 * Collects one sheet's rows into a Grid: keeps only rows with visible text, remembers the
 * rows made only of formulas, counts what it kept.
 */
import { createGrid } from '../grid'
import type { SheetCells } from './types'

export interface SheetBuilder {
  /**
   * cells[i] is column i (A = 0), '' when empty; formulaOnly: every filled cell is a formula.
   * styles[i] > 0: cells[i] is a raw value shown through style styles[i] - 1 (createGrid's
   * `render`), one whose every rendering is visible text.
   */
  addRow(
    rowNumber: number,
    cells: (string | number)[],
    formulaOnly: boolean,
    styles?: number[]
  ): void
  finish(): SheetCells & { rows: number }
}

export function createSheetBuilder(
  render?: (style: number, raw: string | number) => string
): SheetBuilder {
  const grid = createGrid(render)
  const formulaOnlyRows = new Set<number>()
  return {
    addRow(rowNumber, cells, formulaOnly, styles) {
      const visible = cells.some(
        (text, c) => (styles?.[c] ?? 0) > 0 || (typeof text === 'string' && hasVisibleText(text))
      )
      if (!visible) return
      grid.push(rowNumber, cells, styles)
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
