import type { LeadTable } from '../../../shared/import'

/**
 * Everything the lead worker holds: the file's bytes (to re-read with another sheet or
 * header), the table, and the grid's current order. Feature modules add their own state
 * in their own module; this one is the import's.
 */
export const importState: {
  source: { bytes: Uint8Array; fileName: string } | null
  table: LeadTable | null
  view: Uint32Array
} = {
  source: null,
  table: null,
  view: new Uint32Array(0)
}

/** Sends a progress fraction for the call being handled. */
export type Progress = (fraction: number) => void
