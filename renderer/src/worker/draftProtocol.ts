/** The drafts' worker calls (owned by features/drafts): read and put back Limpar's work. */

/** The file the table was read from, as a draft names it. */
export interface DraftSourceInfo {
  fileName: string
  size: number
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string
}

/** Limpar's choices on the current list, keyed by data-row position. */
export interface DraftLimpar {
  /** Data-row position (decimal text) → the rule cells that differ from the file's. */
  cellEdits: Record<string, Partial<Record<'phone' | 'ddd' | 'name' | 'email', string>>>
  exclusions: number[]
  fieldCountConfirmations: number[]
  nationwideConfirmed: boolean
  defaultDdd: string | null
  keep: 'first' | 'last'
}

export type DraftCall =
  | { kind: 'draftSourceInfo' }
  /** A copy of the imported bytes (only when main has no copy of its own). */
  | { kind: 'draftSourceBytes' }
  | { kind: 'draftLimpar' }
  /** Puts a draft's Limpar choices on the list just read (not steps of the undo history). */
  | { kind: 'draftApplyLimpar'; limpar: DraftLimpar }

export interface DraftResults {
  draftSourceInfo: DraftSourceInfo | null
  draftSourceBytes: { bytes: Uint8Array } | null
  draftLimpar: DraftLimpar | null
  draftApplyLimpar: { applied: boolean }
}
