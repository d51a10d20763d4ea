import type { CleanCall, CleanResults } from './cleanProtocol'
import type { CleanStart } from './cleanStart'
import type { DraftCall, DraftResults } from './draftProtocol'
import type { LaunchCall, LaunchResults } from './launchProtocol'
import type { MapCall, MapResults } from './mapProtocol'
import type { ImportErrorCode, LeadTable } from '../../../shared/import'

/** What the UI knows of an imported table; the rows themselves stay in the worker. */
export type TableSummary = Omit<LeadTable, 'grid' | 'dataRows' | 'fieldCountRows'> & {
  dataRowCount: number
  fieldCountRowCount: number
  /**
   * Which reading of the file this is: a new file, sheet or header row gets a new one; a
   * change of columns laid out on the table already read keeps it.
   */
  readId: string
}

export interface ImportSettings {
  sheet?: string
  headerRow?: number
  columns?: { phone?: string; ddd?: string; name?: string }
}

export interface ViewQuery {
  search: string
  sort: { column: number; direction: 'asc' | 'desc' } | null
}

export interface GridRowData {
  /** Position among the data rows (stable id for edits). */
  index: number
  /** The spreadsheet's own row number. */
  row: number
  cells: string[]
  fieldCount: boolean
}

/** The first rows of the sheet as read (title rows included), to pick the header row. */
export interface RawRow {
  row: number
  cells: string[]
}

/** A role's column: its header name, '' for none (DDD, name), null for the automatic choice. */
export type ColumnRequest = Partial<Record<'phone' | 'ddd' | 'name', string | null>>

/** Limpar edits a column change would drop, by the role whose column changes. */
export interface LostEdits {
  phone: number
  ddd: number
  name: number
  /** Edited rows that would no longer be data rows (a footer again). */
  rows: number
}

export type ColumnChange =
  /** Nothing the rules read changes. */
  | { status: 'unchanged' }
  /** Some of the user's edits would stop applying: nothing done, ask first (then `force`). */
  | { status: 'confirm'; lost: LostEdits }
  /** Done, as a step of Limpar's history; the `tableLaidOut` event carried the new table. */
  | { status: 'applied'; table: TableSummary; lost: LostEdits }

export type ImportCall =
  | {
      kind: 'import'
      bytes: ArrayBuffer
      fileName: string
      settings: ImportSettings
      /** Cleaning's settings: the new table is cleaned once, with them (cleanStart.ts). */
      clean?: CleanStart
    }
  | { kind: 'reimport'; settings: ImportSettings }
  /**
   * Other phone/DDD/name columns, laid out on the rows already read (no re-read); Limpar's
   * edits, exclusions and confirmations are kept. Roles left out keep their current choice.
   */
  | { kind: 'changeColumns'; columns: ColumnRequest; force?: boolean }
  | { kind: 'view'; query: ViewQuery }
  | { kind: 'page'; start: number; count: number }
  | { kind: 'rawRows'; count: number }

export interface ImportResults {
  import: TableSummary
  reimport: TableSummary
  changeColumns: ColumnChange
  view: { rowCount: number }
  page: { rows: GridRowData[] }
  rawRows: { rows: RawRow[] }
}

/** Every call the lead worker answers: each feature declares its own in its own module. */
export type WorkerCall = ImportCall | CleanCall | MapCall | LaunchCall | DraftCall

export interface WorkerResults
  extends ImportResults, CleanResults, MapResults, LaunchResults, DraftResults {}

export type WorkerRequest = WorkerCall & { id: number }

export interface WorkerFailure {
  code: ImportErrorCode | 'internal_error'
  params: Record<string, string | number>
  message: string
}

/**
 * What the worker says unasked, while answering a call: the table was laid out again (a column
 * change, or its undo/redo in Limpar). The stores that show the table pick it up from here.
 */
export type WorkerEvent = { kind: 'tableLaidOut'; table: TableSummary; settings: ImportSettings }

export type WorkerMessage =
  | { type: 'event'; event: WorkerEvent }
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; error: WorkerFailure }
