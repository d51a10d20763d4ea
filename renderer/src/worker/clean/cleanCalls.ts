import { createCleanSession, ruleColumns, type LeadInput } from '../../../../shared/cleaning'
import { isValidDdd } from '../../../../shared/cleaning/phone/brMetadata'
import { parseBlockList } from './cleanBlockList'
import { exportClean } from './cleanExport'
import type {
  CleanCells,
  CleanRowDetail,
  CleanSettings,
  CleanSnapshot,
  HistoryEntry
} from './cleanProtocol'
import { cleanState, type HistoryStep } from './cleanState'
import {
  cleanColumns,
  cleanPage,
  computeCleanView,
  counts,
  editedRows,
  forgetSearchText,
  gridRow,
  isEdited
} from './cleanView'
import { onTableLoaded } from '../import/importCalls'
import { cleanChanged } from '../launch/launchableCache'
import { takeListChoices } from './cleanStart'
import type { cleanContract } from './cleanContract'
import type { WorkerHandlers } from '../rpc/contract'
import { importState } from '../state'

/** Undo goes back this many steps at most. */
const HISTORY_LIMIT = 500

/**
 * A new table (import, another sheet or header row): clean it at once with the current
 * settings and block list, so every later step (Mapear reads `launchableRows`) has rows even
 * if the user never opens Limpar. Per-list choices and the history start over.
 */
export function startCleaning(): void {
  const table = importState.table
  cleanState.excluded.clear()
  cleanState.confirmed.clear()
  cleanState.nationwideConfirmed = false
  cleanState.done = []
  cleanState.undone = []
  // This list's default DDD and duplicate choice: the import's, if it carried them (cleanStart).
  const choices = takeListChoices()
  cleanState.defaultDdd = choices.defaultDdd
  cleanState.keep = choices.keep
  cleanState.query = { search: '', filter: null, sort: null }
  editedRows.clear()
  forgetSearchText()
  if (!table) {
    cleanState.session = null
    cleanState.columns = null
    cleanState.view = new Uint32Array(0)
    return
  }
  cleanState.columns = ruleColumns(table, {})
  cleanState.session = createCleanSession(table, {
    country: cleanState.settings.country,
    provider: cleanState.settings.provider,
    doNotContact: cleanState.blockList,
    ...(choices.defaultDdd !== null && { defaultDdd: choices.defaultDdd }),
    keep: choices.keep
  })
  refreshView()
}

onTableLoaded.push(startCleaning)

function refreshView(): void {
  // Every change the launchable rows depend on ends here (Mapear's cache: launchableCache).
  cleanChanged()
  const table = importState.table
  cleanState.view =
    table && cleanState.session ? computeCleanView(table, cleanState.query) : new Uint32Array(0)
}

function snapshot(): CleanSnapshot {
  const table = importState.table
  return {
    ready: cleanState.session !== null,
    settings: { ...cleanState.settings },
    defaultDdd: cleanState.defaultDdd,
    keep: cleanState.keep,
    nationwideConfirmed: cleanState.nationwideConfirmed,
    blockedNumbers: cleanState.blockList.size,
    counts: counts(),
    columns: table && cleanState.session ? cleanColumns() : [],
    rowCount: cleanState.view.length,
    undo: cleanState.done[cleanState.done.length - 1]?.entry ?? null,
    redo: cleanState.undone[cleanState.undone.length - 1]?.entry ?? null
  }
}

/** Apply a change and remember it for undo. */
export function record(step: HistoryStep): void {
  step.redo()
  cleanState.done.push(step)
  if (cleanState.done.length > HISTORY_LIMIT) cleanState.done.shift()
  cleanState.undone = []
  refreshView()
}

/** Apply a change, remember it for undo, and answer with the new state of the screen. */
function perform(step: HistoryStep): CleanSnapshot {
  record(step)
  return snapshot()
}

function session() {
  const current = cleanState.session
  if (!current) throw new Error('no cleaned list')
  return current
}

/** After an edit (or its undo): is the row still different from the file, and its search text. */
function touched(index: number): void {
  if (isEdited(index)) editedRows.add(index)
  else editedRows.delete(index)
  forgetSearchText(index)
}

const CELL_KEYS = ['phone', 'ddd', 'name', 'email'] as const

function cellsOf(input: LeadInput | undefined): CleanCells {
  return {
    phone: input?.phone ?? '',
    ddd: input?.ddd ?? '',
    name: input?.name ?? '',
    email: input?.email ?? ''
  }
}

function edit(index: number, cells: Partial<CleanCells>): CleanSnapshot {
  const input = session().input(index)
  const row = session().rows[index]
  if (!input || !row) return snapshot()
  const before: Partial<Omit<LeadInput, 'row'>> = {}
  const after: Partial<Omit<LeadInput, 'row'>> = {}
  for (const key of CELL_KEYS) {
    const value = cells[key]
    if (value === undefined || value === (input[key] ?? '')) continue
    before[key] = input[key]
    after[key] = value
  }
  if (Object.keys(after).length === 0) return snapshot()
  // Fixing a row whose field count was off counts as the user having checked it.
  const confirms = row.warnings.includes('field_count') && !cleanState.confirmed.has(index)
  // The steps act on the session current when they run: a column change (a step of its own)
  // may have put another one in place since.
  return perform({
    entry: { action: 'edit', row: row.row },
    redo() {
      session().edit(index, after)
      if (confirms) cleanState.confirmed.add(index)
      touched(index)
    },
    undo() {
      session().edit(index, before)
      if (confirms) cleanState.confirmed.delete(index)
      touched(index)
    }
  })
}

function setExcluded(
  indices: Iterable<number>,
  excluded: boolean,
  action?: HistoryEntry['action']
) {
  const total = session().rows.length
  const changed: number[] = []
  for (const i of indices) {
    if (i >= 0 && i < total && cleanState.excluded.has(i) !== excluded) changed.push(i)
  }
  if (changed.length === 0) return snapshot()
  const set = (value: boolean) => () => {
    for (const i of changed) {
      if (value) cleanState.excluded.add(i)
      else cleanState.excluded.delete(i)
    }
  }
  const only = changed.length === 1 ? session().rows[changed[0] ?? 0] : undefined
  const entry: HistoryEntry = {
    action: action ?? (excluded ? 'exclude' : 'restore'),
    ...(only ? { row: only.row } : { count: changed.length })
  }
  return perform({ entry, redo: set(excluded), undo: set(!excluded) })
}

function confirm(index: number): CleanSnapshot {
  const row = session().rows[index]
  if (!row || !row.warnings.includes('field_count') || cleanState.confirmed.has(index))
    return snapshot()
  return perform({
    entry: { action: 'confirm', row: row.row },
    redo: () => void cleanState.confirmed.add(index),
    undo: () => void cleanState.confirmed.delete(index)
  })
}

/** "Incluir mesmo assim" for the nationwide numbers (0800, 4004…), undoable like a confirm. */
function setNationwide(confirmed: boolean): CleanSnapshot {
  if (cleanState.nationwideConfirmed === confirmed) return snapshot()
  const set = (value: boolean) => () => void (cleanState.nationwideConfirmed = value)
  return perform({
    entry: { action: confirmed ? 'includeNationwide' : 'excludeNationwide' },
    redo: set(confirmed),
    undo: set(!confirmed)
  })
}

/** Two digits of a Brazilian area code that exists (11–99, not 20, 23…). */
export function isDdd(ddd: string): boolean {
  return /^\d{2}$/.test(ddd) && isValidDdd(Number(ddd))
}

function setDefaultDdd(ddd: string | null): CleanSnapshot {
  const next = ddd === null || ddd.trim() === '' ? null : ddd.trim()
  if (next !== null && !isDdd(next)) throw new Error(`invalid DDD: ${next}`)
  const before = cleanState.defaultDdd
  if (next === before) return snapshot()
  const apply = (value: string | null) => () => {
    cleanState.defaultDdd = value
    session().setRowRules({ defaultDdd: value ?? undefined })
  }
  return perform({ entry: { action: 'defaultDdd' }, redo: apply(next), undo: apply(before) })
}

function setKeep(keep: 'first' | 'last'): CleanSnapshot {
  const before = cleanState.keep
  if (keep === before) return snapshot()
  const apply = (value: 'first' | 'last') => () => {
    cleanState.keep = value
    session().setDuplicateRules({ keep: value })
  }
  return perform({
    entry: { action: keep === 'last' ? 'keepLast' : 'keepFirst' },
    redo: apply(keep),
    undo: apply(before)
  })
}

function travel(from: HistoryStep[], to: HistoryStep[], run: 'undo' | 'redo'): CleanSnapshot {
  const step = from.pop()
  if (step) {
    step[run]()
    to.push(step)
    refreshView()
  }
  return snapshot()
}

/** Provider, country, block list: settings, not edits (not undone). */
function configure(settings: Partial<CleanSettings> = {}, blockList?: string[]): CleanSnapshot {
  const next = { ...cleanState.settings, ...settings }
  const rulesChanged =
    next.provider !== cleanState.settings.provider || next.country !== cleanState.settings.country
  cleanState.settings = next
  if (rulesChanged)
    cleanState.session?.setRowRules({ provider: next.provider, country: next.country })
  if (blockList !== undefined) {
    const blocked = new Set(blockList)
    const same =
      blocked.size === cleanState.blockList.size &&
      [...blocked].every((n) => cleanState.blockList.has(n))
    if (!same) {
      cleanState.blockList = blocked
      cleanState.session?.setDuplicateRules({ doNotContact: blocked })
    }
  }
  refreshView()
  return snapshot()
}

function rowDetail(index: number): CleanRowDetail | null {
  const table = importState.table
  const s = cleanState.session
  const columns = cleanState.columns
  const row = s?.rows[index]
  if (!table || !s || !columns || !row) return null
  const g = table.dataRows[index] ?? 0
  const file = (column: number | null): string =>
    column === null ? '' : table.grid.cell(g, column)
  const width = Math.max(table.columns.length, table.grid.width(g))
  return {
    row: gridRow(cleanColumns(), index),
    cells: cellsOf(s.input(index)),
    fileCells: {
      phone: file(columns.phone),
      ddd: file(columns.ddd),
      name: file(columns.name),
      email: file(columns.email)
    },
    hasColumn: {
      phone: columns.phone !== null,
      ddd: columns.ddd !== null,
      name: columns.name !== null,
      email: columns.email !== null
    },
    raw: Array.from({ length: width }, (_, c) => ({
      label: table.columns[c] ?? `#${c + 1}`,
      value: table.grid.cell(g, c)
    })),
    e164: row.phone,
    name: row.name ?? null
  }
}

/** The Limpar step's calls, see cleanContract.ts. */
export const cleanCalls = {
  cleanConfigure: (request) => configure(request.settings, request.blockList),
  cleanSnapshot: () => snapshot(),
  cleanView(request) {
    cleanState.query = request.query
    refreshView()
    return snapshot()
  },
  cleanPage: (request) => ({ rows: cleanPage(request.start, request.count) }),
  cleanRow: (request) => rowDetail(request.index),
  cleanEdit: (request) => edit(request.index, request.cells),
  cleanExclude: (request) =>
    setExcluded(
      request.target === 'view' ? Array.from(cleanState.view) : request.target.indices,
      request.excluded
    ),
  cleanExcludeInvalid: () => {
    const invalid: number[] = []
    session().rows.forEach((row, i) => {
      if (row.status === 'invalid') invalid.push(i)
    })
    return setExcluded(invalid, true, 'excludeInvalid')
  },
  cleanConfirm: (request) => confirm(request.index),
  cleanNationwide: (request) => setNationwide(request.confirmed),
  cleanDefaultDdd: (request) => setDefaultDdd(request.ddd),
  cleanKeep: (request) => setKeep(request.keep),
  cleanUndo: () => travel(cleanState.done, cleanState.undone, 'undo'),
  cleanRedo: () => travel(cleanState.undone, cleanState.done, 'redo'),
  cleanExport: (request) => exportClean(request.format, request.rows),
  cleanParseBlockList: (request) => parseBlockList(request.text, request.file)
} satisfies WorkerHandlers<typeof cleanContract>
