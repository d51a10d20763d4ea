import type { CleanRow, CleanSession } from '../../../shared/cleaning'
import { importState } from './state'

/** The cleaned rows, kept in the worker beside the table they came from. */
export const cleanState: {
  session: CleanSession | null
  /** Data-row positions the user excluded by hand. */
  excluded: Set<number>
} = {
  session: null,
  excluded: new Set()
}

/** A row that will be launched, with access to its raw cells for mapping. */
export interface LaunchableRow {
  /** Position among the data rows. */
  index: number
  clean: CleanRow
  cell(column: number): string
}

/**
 * The rows a launch sends: ok, not excluded, and without an unconfirmed `field_count`
 * warning (cleaning.md). Mapping, preview and the launch all read this one list.
 */
export function launchableRows(): LaunchableRow[] {
  const table = importState.table
  const session = cleanState.session
  if (!table || !session) return []
  const out: LaunchableRow[] = []
  session.rows.forEach((clean, index) => {
    if (clean.status !== 'ok' || cleanState.excluded.has(index)) return
    if (clean.warnings.includes('field_count')) return
    const g = table.dataRows[index] ?? 0
    out.push({ index, clean, cell: (column) => table.grid.cell(g, column) })
  })
  return out
}
