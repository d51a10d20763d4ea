import type { Grid } from '../grid'
import type { ImportCodecs } from '../codecs'

export interface SheetSummary {
  name: string
  /** Non-blank rows (at least one cell with visible text). */
  rows: number
}

export interface SheetCells {
  /** Non-blank rows with the spreadsheet's own 1-based row numbers; blank rows are absent. */
  grid: Grid
  /** Rows whose non-empty cells are all formulas (footer candidates such as a SUM row). */
  formulaOnlyRows: ReadonlySet<number>
}

export interface Workbook {
  sheets: SheetSummary[]
  readSheet(name: string): SheetCells
}

export interface ReadWorkbookOptions {
  password?: string
  codecs?: ImportCodecs
  onProgress?: (fraction: number) => void
  /** ReadLeadFileOptions.rawNumbers. */
  rawNumbers?: boolean
}

export type WorkbookFormat = 'xlsx' | 'xls' | 'ods'
