import type { CleanCall, CleanResults } from './cleanProtocol'
import type { LaunchCall, LaunchResults } from './launchProtocol'
import type { MapCall, MapResults } from './mapProtocol'
import type { ImportErrorCode, LeadTable } from '../../../shared/import'

/** What the UI knows of an imported table; the rows themselves stay in the worker. */
export type TableSummary = Omit<LeadTable, 'grid' | 'dataRows' | 'fieldCountRows'> & {
  dataRowCount: number
  fieldCountRowCount: number
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

export type ImportCall =
  | { kind: 'import'; bytes: ArrayBuffer; fileName: string; settings: ImportSettings }
  | { kind: 'reimport'; settings: ImportSettings }
  | { kind: 'view'; query: ViewQuery }
  | { kind: 'page'; start: number; count: number }
  | { kind: 'rawRows'; count: number }

export interface ImportResults {
  import: TableSummary
  reimport: TableSummary
  view: { rowCount: number }
  page: { rows: GridRowData[] }
  rawRows: { rows: RawRow[] }
}

/** Every call the lead worker answers: each feature declares its own in its own module. */
export type WorkerCall = ImportCall | CleanCall | MapCall | LaunchCall

export interface WorkerResults extends ImportResults, CleanResults, MapResults, LaunchResults {}

export type WorkerRequest = WorkerCall & { id: number }

export interface WorkerFailure {
  code: ImportErrorCode | 'internal_error'
  params: Record<string, string | number>
  message: string
}

export type WorkerMessage =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; error: WorkerFailure }
