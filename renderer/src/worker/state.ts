import type { LeadTable } from '../../../shared/import'
import type { LeadContract } from './leadContract'
import type { ImportSettings } from './protocol'
import type { EmitWorkerEvent } from './rpc/contract'

/**
 * Everything the lead worker holds: the file's bytes (to re-read with another sheet or
 * header), the table, and the grid's current order. Feature modules add their own state
 * in their own module; this one is the import's.
 */
export const importState: {
  source: { bytes: Uint8Array; fileName: string } | null
  table: LeadTable | null
  /** The settings the table was read and laid out with (sheet, header row, columns). */
  settings: ImportSettings
  /** Changes with each reading of the file (not with a new layout of the same rows). */
  readId: string
  /**
   * Row numbers a layout set aside as footers for a reason other than a Total label (the
   * workbook reader's formula-only rows): they stay footers whatever the phone column.
   */
  stickyFooters: Set<number>
  view: Uint32Array
} = {
  source: null,
  table: null,
  settings: {},
  readId: '',
  stickyFooters: new Set(),
  view: new Uint32Array(0)
}

/** Sends what the worker says unasked (leadWorker.ts wires it to the server's `emit`). */
export const workerEvents: { emit: EmitWorkerEvent<LeadContract> } = {
  emit: () => undefined
}
