import type {
  CountryCode,
  PhoneNote,
  Provider,
  RowReason,
  RowStatus,
  RowWarning
} from '../../../shared/cleaning'

/** The Limpar step's worker calls (owned by features/clean). */

/** Rules the user picks on the Limpar screen and that survive a new file. */
export interface CleanSettings {
  provider: Provider
  country: CountryCode
}

/** What the counters filter by: a status, a reason or a warning; null shows every row. */
export type CleanFilter =
  | { kind: 'status'; value: RowStatus | 'excluded' }
  | { kind: 'reason'; value: RowReason }
  | { kind: 'warning'; value: RowWarning }
  | { kind: 'edited' }

/** A column of the Limpar grid: the cells the rules read and what they made of them. */
export interface CleanColumn {
  key: 'status' | 'reason' | 'phone' | 'ddd' | 'e164' | 'name' | 'cleanName' | 'email'
}

export interface CleanQuery {
  search: string
  filter: CleanFilter | null
  /** `column` indexes the grid's columns (snapshot.columns). */
  sort: { column: number; direction: 'asc' | 'desc' } | null
}

export const REASONS: readonly RowReason[] = [
  'missing_phone',
  'missing_area_code',
  'excel_scientific_notation',
  'invalid_number',
  'do_not_contact',
  'no_phone_column'
]

export const WARNINGS: readonly RowWarning[] = [
  'landline',
  'invalid_email',
  'field_count',
  'ddd_conflict',
  'nationwide'
]

export interface CleanCounts {
  total: number
  /** By status, excluded rows apart: ok + invalid + duplicate + excluded = total. */
  ok: number
  invalid: number
  duplicate: number
  excluded: number
  /** ok, not excluded, no unconfirmed `field_count`: what a launch sends. */
  launchable: number
  /** Rows with `field_count` the user has neither confirmed nor fixed. */
  toConfirm: number
  /**
   * ok rows, not excluded, warned `nationwide` (0800, 4004…): not people, so a WhatsApp
   * (Kinbox) launch leaves them out unless the user includes them (`nationwideConfirmed`).
   */
  nationwide: number
  edited: number
  /** Over every row, excluded or not. */
  reasons: Record<RowReason, number>
  warnings: Record<RowWarning, number>
  blankSkipped: number
  footerRowsSkipped: number
}

/** One undoable step, named for the undo/redo buttons. */
export interface HistoryEntry {
  action:
    | 'edit'
    | 'exclude'
    | 'restore'
    | 'excludeInvalid'
    | 'confirm'
    | 'defaultDdd'
    | 'keepLast'
    | 'keepFirst'
    | 'includeNationwide'
    | 'excludeNationwide'
    /** Other phone/DDD/name columns (Mapear or Importar); undo restores the previous ones. */
    | 'columns'
  /** Spreadsheet row number (single-row actions) or how many rows the action touched. */
  row?: number
  count?: number
}

/** Everything the screen shows besides the rows themselves; every mutating call returns it. */
export interface CleanSnapshot {
  /** False until a table is cleaned in this worker. */
  ready: boolean
  settings: CleanSettings
  defaultDdd: string | null
  keep: 'first' | 'last'
  /** The user chose "Incluir mesmo assim" for the nationwide numbers (Kinbox). */
  nationwideConfirmed: boolean
  blockedNumbers: number
  counts: CleanCounts
  columns: CleanColumn[]
  /** Rows in the current view (query applied). */
  rowCount: number
  undo: HistoryEntry | null
  redo: HistoryEntry | null
}

export interface CleanGridRow {
  /** Position among the data rows (stable id for edits). */
  index: number
  /** The spreadsheet's own row number. */
  row: number
  status: RowStatus
  reason?: RowReason
  duplicateOf?: number
  warnings: RowWarning[]
  notes: PhoneNote[]
  excluded: boolean
  /** A `field_count` row the user confirmed. */
  confirmed: boolean
  edited: boolean
  /** One text per column; '' for status and reason, which the screen words itself. */
  cells: string[]
}

/** The cells the rules read, as the row editor shows and edits them. */
export interface CleanCells {
  phone: string
  ddd: string
  name: string
  email: string
}

export interface CleanRowDetail {
  row: CleanGridRow
  cells: CleanCells
  /** The same cells as in the file, before any edit. */
  fileCells: CleanCells
  /** Which of them the file has a column for. */
  hasColumn: Record<keyof CleanCells, boolean>
  /** Every cell of the row as read, with the header's names (to check a `field_count` row). */
  raw: { label: string; value: string }[]
  e164: string | null
  name: string | null
}

export type CleanCall =
  | {
      kind: 'cleanConfigure'
      settings?: Partial<CleanSettings>
      /** E.164 numbers of the Lista de bloqueio (replaces the one in the worker). */
      blockList?: string[]
    }
  | { kind: 'cleanSnapshot' }
  | { kind: 'cleanView'; query: CleanQuery }
  | { kind: 'cleanPage'; start: number; count: number }
  | { kind: 'cleanRow'; index: number }
  | { kind: 'cleanEdit'; index: number; cells: Partial<CleanCells> }
  | { kind: 'cleanExclude'; target: { indices: number[] } | 'view'; excluded: boolean }
  | { kind: 'cleanExcludeInvalid' }
  | { kind: 'cleanConfirm'; index: number }
  | { kind: 'cleanNationwide'; confirmed: boolean }
  | { kind: 'cleanDefaultDdd'; ddd: string | null }
  | { kind: 'cleanKeep'; keep: 'first' | 'last' }
  | { kind: 'cleanUndo' }
  | { kind: 'cleanRedo' }
  | { kind: 'cleanExport'; format: 'xlsx' | 'csv'; rows: 'all' | 'launchable' }
  | { kind: 'cleanParseBlockList'; text?: string; file?: { name: string; data: ArrayBuffer } }

export interface ParsedBlockList {
  numbers: string[]
  /** Non-empty lines or cells where no valid number was found. */
  ignored: number
}

export interface CleanResults {
  cleanConfigure: CleanSnapshot
  cleanSnapshot: CleanSnapshot
  cleanView: CleanSnapshot
  cleanPage: { rows: CleanGridRow[] }
  cleanRow: CleanRowDetail | null
  cleanEdit: CleanSnapshot
  cleanExclude: CleanSnapshot
  cleanExcludeInvalid: CleanSnapshot
  cleanConfirm: CleanSnapshot
  cleanNationwide: CleanSnapshot
  cleanDefaultDdd: CleanSnapshot
  cleanKeep: CleanSnapshot
  cleanUndo: CleanSnapshot
  cleanRedo: CleanSnapshot
  cleanExport: { bytes: Uint8Array; suggestedName: string }
  cleanParseBlockList: ParsedBlockList
}
