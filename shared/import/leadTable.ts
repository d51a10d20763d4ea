import type { Grid } from './grid'

export type LeadFileFormat = 'csv' | 'xlsx' | 'xls' | 'ods' | 'html'

export interface SheetInfo {
  name: string
  /** Rows in the sheet as the spreadsheet counts them (non-blank rows). */
  rows: number
}

/** Something the user should know that is not an error (e.g. a CSV named .xlsx). */
export interface ImportNotice {
  code: 'read_as_csv' | 'read_by_content' | 'no_header' | 'nul_bytes_dropped' | 'no_phone_column'
  params?: Record<string, string | number>
}

/** One sheet of a lead file, ready for cleaning: header found, blank and footer rows set aside. */
export interface LeadTable {
  file: string
  format: LeadFileFormat
  encoding: string | null
  delimiter: string | null
  sheets: SheetInfo[]
  sheet: string | null
  /** Spreadsheet row number of the header; null when the file has none (columns Coluna A, B…). */
  headerRow: number | null
  columns: string[]
  grid: Grid
  /** Grid indices of the data rows, in order; blank and footer rows are not among them. */
  dataRows: Uint32Array
  /** Grid indices of data rows whose field count differs from the header (`field_count`). */
  fieldCountRows: ReadonlySet<number>
  blankSkipped: number
  footerRowsSkipped: number
  notices: ImportNotice[]
  /** Column indices chosen automatically (cleaning.md "Which columns"), null when none. */
  phoneColumn: number | null
  dddColumn: number | null
  nameColumn: number | null
}
