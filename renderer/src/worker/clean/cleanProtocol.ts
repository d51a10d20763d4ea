import { z } from 'zod'
import { countryCodeSchema, phoneNoteSchema } from '../../../../shared/cleaning/phone/types'
import {
  rowReasonSchema,
  rowStatusSchema,
  rowWarningSchema,
  type RowReason,
  type RowWarning
} from '../../../../shared/cleaning/types'
import { FileBytes } from '../../../../shared/ipc/schemas'
import { providerSchema } from '../../../../shared/providers/provider'
import { GridSort } from '../protocol'

/** The Limpar step's worker types (cleanContract.ts; owned by features/clean). */

/** Rules the user picks on the Limpar screen and that survive a new file. */
export const CleanSettings = z.object({ provider: providerSchema, country: countryCodeSchema })
export type CleanSettings = z.infer<typeof CleanSettings>

const Keep = z.enum(['first', 'last'])

/**
 * What an import call carries for cleaning (issue 13: one clean per import): the user's
 * provider, country and Lista de bloqueio, and optionally this list's default DDD and which
 * duplicate to keep. The new table is cleaned once, with them (cleanStart.ts), instead of with
 * the defaults and again when the screen re-configured the worker.
 */
export const CleanStart = z.object({
  settings: CleanSettings,
  /** E.164 numbers of the Lista de bloqueio. */
  blockList: z.array(z.string()).optional(),
  defaultDdd: z.string().nullable().optional(),
  keep: Keep.optional()
})
export type CleanStart = z.infer<typeof CleanStart>

/** What the counters filter by: a status, a reason or a warning; null shows every row. */
export const CleanFilter = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), value: z.union([rowStatusSchema, z.literal('excluded')]) }),
  z.object({ kind: z.literal('reason'), value: rowReasonSchema }),
  z.object({ kind: z.literal('warning'), value: rowWarningSchema }),
  z.object({ kind: z.literal('edited') })
])
export type CleanFilter = z.infer<typeof CleanFilter>

/** A column of the Limpar grid: the cells the rules read and what they made of them. */
export const CleanColumn = z.object({
  key: z.enum(['status', 'reason', 'phone', 'ddd', 'e164', 'name', 'cleanName', 'email'])
})
export type CleanColumn = z.infer<typeof CleanColumn>

export const CleanQuery = z.object({
  search: z.string(),
  filter: CleanFilter.nullable(),
  /** `column` indexes the grid's columns (snapshot.columns). */
  sort: GridSort.nullable()
})
export type CleanQuery = z.infer<typeof CleanQuery>

export const REASONS: readonly RowReason[] = rowReasonSchema.options

/** In the order the counters show them. */
export const WARNINGS: readonly RowWarning[] = [
  'landline',
  'invalid_email',
  'field_count',
  'ddd_conflict',
  'nationwide'
]

export const CleanCounts = z.object({
  total: z.number(),
  /** By status, excluded rows apart: ok + invalid + duplicate + excluded = total. */
  ok: z.number(),
  invalid: z.number(),
  duplicate: z.number(),
  excluded: z.number(),
  /** ok, not excluded, no unconfirmed `field_count`: what a launch sends. */
  launchable: z.number(),
  /** Rows with `field_count` the user has neither confirmed nor fixed. */
  toConfirm: z.number(),
  /**
   * ok rows, not excluded, warned `nationwide` (0800, 4004…): not people, so a WhatsApp
   * (Kinbox) launch leaves them out unless the user includes them (`nationwideConfirmed`).
   */
  nationwide: z.number(),
  edited: z.number(),
  /** Over every row, excluded or not. */
  reasons: z.record(rowReasonSchema, z.number()),
  warnings: z.record(rowWarningSchema, z.number()),
  blankSkipped: z.number(),
  footerRowsSkipped: z.number()
})
export type CleanCounts = z.infer<typeof CleanCounts>

/** One undoable step, named for the undo/redo buttons. */
export const HistoryEntry = z.object({
  action: z.enum([
    'edit',
    'exclude',
    'restore',
    'excludeInvalid',
    'confirm',
    'defaultDdd',
    'keepLast',
    'keepFirst',
    'includeNationwide',
    'excludeNationwide',
    /** Other phone/DDD/name columns (Mapear or Importar); undo restores the previous ones. */
    'columns'
  ]),
  /** Spreadsheet row number (single-row actions) or how many rows the action touched. */
  row: z.number().optional(),
  count: z.number().optional()
})
export type HistoryEntry = z.infer<typeof HistoryEntry>

/** Everything the screen shows besides the rows themselves; every mutating call returns it. */
export const CleanSnapshot = z.object({
  /** False until a table is cleaned in this worker. */
  ready: z.boolean(),
  settings: CleanSettings,
  defaultDdd: z.string().nullable(),
  keep: Keep,
  /** The user chose "Incluir mesmo assim" for the nationwide numbers (Kinbox). */
  nationwideConfirmed: z.boolean(),
  blockedNumbers: z.number(),
  counts: CleanCounts,
  columns: z.array(CleanColumn),
  /** Rows in the current view (query applied). */
  rowCount: z.number(),
  undo: HistoryEntry.nullable(),
  redo: HistoryEntry.nullable()
})
export type CleanSnapshot = z.infer<typeof CleanSnapshot>

export const CleanGridRow = z.object({
  /** Position among the data rows (stable id for edits). */
  index: z.number(),
  /** The spreadsheet's own row number. */
  row: z.number(),
  status: rowStatusSchema,
  reason: rowReasonSchema.optional(),
  duplicateOf: z.number().optional(),
  warnings: z.array(rowWarningSchema),
  notes: z.array(phoneNoteSchema),
  excluded: z.boolean(),
  /** A `field_count` row the user confirmed. */
  confirmed: z.boolean(),
  edited: z.boolean(),
  /** One text per column; '' for status and reason, which the screen words itself. */
  cells: z.array(z.string())
})
export type CleanGridRow = z.infer<typeof CleanGridRow>

/** The cells the rules read, as the row editor shows and edits them. */
export const CleanCells = z.object({
  phone: z.string(),
  ddd: z.string(),
  name: z.string(),
  email: z.string()
})
export type CleanCells = z.infer<typeof CleanCells>

export const CleanRowDetail = z.object({
  row: CleanGridRow,
  cells: CleanCells,
  /** The same cells as in the file, before any edit. */
  fileCells: CleanCells,
  /** Which of them the file has a column for. */
  hasColumn: z.object({
    phone: z.boolean(),
    ddd: z.boolean(),
    name: z.boolean(),
    email: z.boolean()
  }),
  /** Every cell of the row as read, with the header's names (to check a `field_count` row). */
  raw: z.array(z.object({ label: z.string(), value: z.string() })),
  e164: z.string().nullable(),
  name: z.string().nullable()
})
export type CleanRowDetail = z.infer<typeof CleanRowDetail>

export const ParsedBlockList = z.object({
  numbers: z.array(z.string()),
  /** Non-empty lines or cells where no valid number was found. */
  ignored: z.number()
})
export type ParsedBlockList = z.infer<typeof ParsedBlockList>

/** An exported file, for main's save dialog. */
export const CleanExportFile = z.object({
  bytes: FileBytes,
  suggestedName: z.string()
})
export type CleanExportFile = z.infer<typeof CleanExportFile>
