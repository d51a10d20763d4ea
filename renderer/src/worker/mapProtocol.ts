import type { ColumnType, Mapping, TemplateWarnings, VariableValue } from '../../../shared/mapping'

/** One column of the table as the Mapear step shows it. */
export interface MapColumn {
  index: number
  header: string
  /** Up to three non-empty cells, in row order. */
  samples: string[]
  type: ColumnType
}

/** Which launchable row to preview: by position among them, or by the spreadsheet's row number. */
export type PreviewTarget = { position: number } | { row: number }

export interface MapPreview {
  /** Rows a launch would send; 0 before the list is cleaned. */
  launchable: number
  /** False while the Limpar step has not cleaned this table yet. */
  cleaned: boolean
  /** Set when a row number was asked for and it will not be launched (or is not in the file). */
  missing: { row: number; reason: 'not_in_file' | 'not_launchable' } | null
  /** The row shown (null when there is none). */
  shown: {
    position: number
    row: number
    phone: string
    name: string
    /** The rendered text (Kinbox message or Integra voicemail); '' when there is no text. */
    text: string
    values: VariableValue[]
  } | null
}

/** Rows lists travel capped; `count` keeps the full number. */
export interface RowList {
  count: number
  rows: number[]
}

export interface MapCheck {
  launchable: number
  cleaned: boolean
  /** null when there is no text to check (Integra without a voicemail message). */
  text: Omit<TemplateWarnings, 'emptyVariables' | 'emptyMessageRows'> | null
  emptyMessageRows: RowList
  /** Variables the text (Kinbox) or the agent (Integra: all of them) uses, empty on some rows. */
  emptyVariables: (RowList & { key: string })[]
  /** Integra: values over its 1,000-character limit. */
  tooLongValues: (RowList & { key: string })[]
  /** Date/money transforms that could not read the cell (the text is sent as written). */
  transformFailed: (RowList & { key: string })[]
  /**
   * Rows left out by "não enviar a linha": a used `skipRow` variable is empty, by the first
   * such variable (one key per row). Not counted in `launchable` nor in the other checks.
   */
  skippedRows: (RowList & { key: string })[]
}

export type MapCall =
  | { kind: 'mapColumns' }
  | { kind: 'mapPreview'; mapping: Mapping; text: string; target: PreviewTarget }
  | { kind: 'mapCheck'; mapping: Mapping; text: string | null; maxLength?: number }

export interface MapResults {
  mapColumns: { columns: MapColumn[] }
  mapPreview: MapPreview
  mapCheck: MapCheck
}
