import { z } from 'zod'
import type { Grid } from './grid'

export const leadFileFormatSchema = z.enum(['csv', 'xlsx', 'xls', 'ods', 'html'])
export type LeadFileFormat = z.infer<typeof leadFileFormatSchema>

export const sheetInfoSchema = z.object({
  name: z.string(),
  /** Rows in the sheet as the spreadsheet counts them (non-blank rows). */
  rows: z.number()
})
export type SheetInfo = z.infer<typeof sheetInfoSchema>

/** Something the user should know that is not an error (e.g. a CSV named .xlsx). */
export const importNoticeSchema = z.object({
  code: z.enum([
    'read_as_csv',
    'read_by_content',
    'no_header',
    'nul_bytes_dropped',
    'no_phone_column'
  ]),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional()
})
export type ImportNotice = z.infer<typeof importNoticeSchema>

/** What a table says of itself besides its rows: plain data (the worker tells the page this). */
export const leadTableInfoSchema = z.object({
  file: z.string(),
  format: leadFileFormatSchema,
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheets: z.array(sheetInfoSchema),
  sheet: z.string().nullable(),
  /** Spreadsheet row number of the header; null when the file has none (columns Coluna A, B…). */
  headerRow: z.number().nullable(),
  columns: z.array(z.string()),
  blankSkipped: z.number(),
  footerRowsSkipped: z.number(),
  notices: z.array(importNoticeSchema),
  /** Column indices chosen automatically (cleaning.md "Which columns"), null when none. */
  phoneColumn: z.number().nullable(),
  dddColumn: z.number().nullable(),
  nameColumn: z.number().nullable()
})
export type LeadTableInfo = z.infer<typeof leadTableInfoSchema>

/** One sheet of a lead file, ready for cleaning: header found, blank and footer rows set aside. */
export interface LeadTable extends LeadTableInfo {
  grid: Grid
  /** Grid indices of the data rows, in order; blank and footer rows are not among them. */
  dataRows: Uint32Array
  /** Grid indices of data rows whose field count differs from the header (`field_count`). */
  fieldCountRows: ReadonlySet<number>
}
