import type { Grid } from '../grid'
import { normalizeHeader } from '../columns/columnNames'
import { digitCount, looksLikePhone } from './cellKinds'

const TOTAL_LABEL = /^(sub ?)?(total|totais|soma)\b/

/**
 * A footer row after the data (cleaning.md): a Total/Totais/Soma label with no phone, or a row
 * the workbook reader found to hold formulas only.
 */
export function isFooterRow(
  grid: Grid,
  i: number,
  phoneColumn: number | null,
  formulaOnlyRows: ReadonlySet<number>
): boolean {
  if (formulaOnlyRows.has(grid.rowNumber(i))) return true
  const cells = grid.row(i)
  if (!cells.some((text) => TOTAL_LABEL.test(normalizeHeader(text)))) return false
  if (phoneColumn !== null) return digitCount(grid.cell(i, phoneColumn)) < 8
  return !cells.some(looksLikePhone)
}
