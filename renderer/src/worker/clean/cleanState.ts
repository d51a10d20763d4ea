import type { CleanRow, CleanSession } from '../../../../shared/cleaning'
import type { RuleColumns } from '../../../../shared/cleaning/leadInputs'
import { launchExclusion, type LaunchChoices } from '../../../../shared/launch/collectRows'
import type { CleanQuery, CleanSettings, HistoryEntry } from './cleanProtocol'
import { importState } from '../state'

/** One undoable change: `redo` applies it, `undo` takes it back. */
export interface HistoryStep {
  entry: HistoryEntry
  redo(): void
  undo(): void
}

/** The cleaned rows, kept in the worker beside the table they came from. */
export const cleanState: {
  session: CleanSession | null
  /** Data-row positions the user excluded by hand. */
  excluded: Set<number>
  /** Data-row positions with `field_count` the user confirmed (or fixed). */
  confirmed: Set<number>
  /** Kinbox: the user confirmed sending rows flagged `nationwide` (shared/launch/collectRows). */
  nationwideConfirmed: boolean
  /** The columns the rules read for the current table. */
  columns: RuleColumns | null
  settings: CleanSettings
  defaultDdd: string | null
  keep: 'first' | 'last'
  /** Lista de bloqueio, E.164. */
  blockList: ReadonlySet<string>
  /** The grid's current query and order (data-row positions). */
  query: CleanQuery
  view: Uint32Array
  done: HistoryStep[]
  undone: HistoryStep[]
} = {
  session: null,
  excluded: new Set(),
  confirmed: new Set(),
  nationwideConfirmed: false,
  columns: null,
  settings: { provider: 'kinbox', country: 'BR' },
  defaultDdd: null,
  keep: 'first',
  blockList: new Set(),
  query: { search: '', filter: null, sort: null },
  view: new Uint32Array(0),
  done: [],
  undone: []
}

/** A launch waits for the user on this row: `field_count` not yet confirmed or fixed. */
export function awaitsConfirmation(index: number, clean: CleanRow): boolean {
  return clean.warnings.includes('field_count') && !cleanState.confirmed.has(index)
}

/** A row that will be launched, with access to its raw cells for mapping. */
export interface LaunchableRow {
  /** Position among the data rows. */
  index: number
  clean: CleanRow
  cell(column: number): string
}

/** The user's Limpar choices, as the shared launch rule reads them. */
export function launchChoices(provider = cleanState.settings.provider): LaunchChoices {
  return {
    provider,
    excludedByUser: cleanState.excluded,
    confirmedFieldCount: cleanState.confirmed,
    nationwideConfirmed: cleanState.nationwideConfirmed
  }
}

/**
 * The rows a launch sends: ok, not excluded, and without an unconfirmed `field_count`
 * warning (cleaning.md). The rule's one home is shared/launch/collectRows (launchExclusion).
 * Mapping, preview and the launch all read this one list.
 */
export function launchableRows(): LaunchableRow[] {
  const table = importState.table
  const session = cleanState.session
  if (!table || !session) return []
  const out: LaunchableRow[] = []
  const choices = launchChoices()
  session.rows.forEach((clean, index) => {
    if (launchExclusion(clean, index, choices) !== null) return
    const g = table.dataRows[index] ?? 0
    out.push({
      index,
      clean,
      cell: (column) => editedCell(index, column, table.grid.cell(g, column))
    })
  })
  return out
}

/**
 * A cell as the user sees it now: the rules' columns (phone, DDD, name, e-mail) show the
 * user's edits; every other cell is the file's.
 */
export function editedCell(index: number, column: number, fileValue: string): string {
  const columns = cleanState.columns
  const input = cleanState.session?.input(index)
  if (!columns || !input) return fileValue
  if (column === columns.phone) return input.phone
  if (column === columns.ddd) return input.ddd ?? fileValue
  if (column === columns.name) return input.name ?? fileValue
  if (column === columns.email) return input.email ?? fileValue
  return fileValue
}
