import { z } from 'zod'
import { leadTableInfoSchema } from '../../../shared/import/leadTable'

/** The Importar step's worker types (importContract.ts); the rows themselves stay in the worker. */

/** What the UI knows of an imported table. */
export const TableSummary = leadTableInfoSchema.extend({
  dataRowCount: z.number(),
  fieldCountRowCount: z.number(),
  /**
   * Which reading of the file this is: a new file, sheet or header row gets a new one; a
   * change of columns laid out on the table already read keeps it.
   */
  readId: z.string()
})
export type TableSummary = z.infer<typeof TableSummary>

export const ImportSettings = z.object({
  sheet: z.string().optional(),
  headerRow: z.number().optional(),
  columns: z
    .object({
      phone: z.string().optional(),
      ddd: z.string().optional(),
      name: z.string().optional()
    })
    .optional()
})
export type ImportSettings = z.infer<typeof ImportSettings>

/** A grid's order: `column` indexes the grid's columns. */
export const GridSort = z.object({ column: z.number(), direction: z.enum(['asc', 'desc']) })

export const ViewQuery = z.object({ search: z.string(), sort: GridSort.nullable() })
export type ViewQuery = z.infer<typeof ViewQuery>

/** A page of rows a grid asks for. */
export const PageRequest = z.object({ start: z.int().nonnegative(), count: z.int().nonnegative() })

export const GridRowData = z.object({
  /** Position among the data rows (stable id for edits). */
  index: z.number(),
  /** The spreadsheet's own row number. */
  row: z.number(),
  cells: z.array(z.string()),
  fieldCount: z.boolean()
})
export type GridRowData = z.infer<typeof GridRowData>

/** The first rows of the sheet as read (title rows included), to pick the header row. */
export const RawRow = z.object({ row: z.number(), cells: z.array(z.string()) })
export type RawRow = z.infer<typeof RawRow>

/** A role's column: its header name, '' for none (DDD, name), null for the automatic choice. */
const columnChoice = z.string().nullable().optional()
export const ColumnRequest = z.object({
  phone: columnChoice,
  ddd: columnChoice,
  name: columnChoice
})
export type ColumnRequest = z.infer<typeof ColumnRequest>

/** Limpar edits a column change would drop, by the role whose column changes. */
export const LostEdits = z.object({
  phone: z.number(),
  ddd: z.number(),
  name: z.number(),
  /** Edited rows that would no longer be data rows (a footer again). */
  rows: z.number()
})
export type LostEdits = z.infer<typeof LostEdits>

export const ColumnChange = z.discriminatedUnion('status', [
  /** Nothing the rules read changes. */
  z.object({ status: z.literal('unchanged') }),
  /** Some of the user's edits would stop applying: nothing done, ask first (then `force`). */
  z.object({ status: z.literal('confirm'), lost: LostEdits }),
  /** Done, as a step of Limpar's history; the `tableLaidOut` event carried the new table. */
  z.object({ status: z.literal('applied'), table: TableSummary, lost: LostEdits })
])
export type ColumnChange = z.infer<typeof ColumnChange>

/**
 * What the worker says unasked, while answering a call: the table was laid out again (a column
 * change, or its undo/redo in Limpar). The stores that show the table pick it up from here.
 */
export const TableLaidOut = z.object({ table: TableSummary, settings: ImportSettings })
export type TableLaidOut = z.infer<typeof TableLaidOut>
