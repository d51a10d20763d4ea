import {
  CleanSession,
  ruleColumns,
  type CountryCode,
  type LeadInput,
  type Provider
} from '../../../../shared/cleaning'
import type { RuleColumns } from '../../../../shared/cleaning/leadInputs'
import type { LeadTable } from '../../../../shared/import'
import { record } from '../clean/cleanCalls'
import { cleanState } from '../clean/cleanState'
import { editedRows, forgetSearchText } from '../clean/cleanView'
import type { importContract } from './importContract'
import type { ColumnChange, ImportSettings, LostEdits } from '../protocol'
import type { WorkerHandlers, WorkerParsedRequest } from '../rpc/contract'
import { importState, workerEvents } from '../state'
import { summarize } from './summary'
import { mergeColumns, relaidInputs, relaidTable } from './tableLayout'
import { computeView } from './tableView'

const ROLES = ['phone', 'ddd', 'name', 'email'] as const

/** The rules a session was last checked with that are settings, not steps of the history. */
interface SettingRules {
  provider: Provider
  country: CountryCode
  blockList: ReadonlySet<string>
}

/** One table layout with everything Limpar holds for it: what a column change swaps. */
interface Arrangement {
  table: LeadTable
  settings: ImportSettings
  session: CleanSession
  columns: RuleColumns
  excluded: Set<number>
  confirmed: Set<number>
  edited: number[]
  rules: SettingRules
}

function settingRules(): SettingRules {
  const { provider, country } = cleanState.settings
  return { provider, country, blockList: cleanState.blockList }
}

function capture(): Arrangement {
  const { table, settings } = importState
  const { session, columns } = cleanState
  if (!table || !session || !columns) throw new Error('no cleaned list')
  return {
    table,
    settings,
    session,
    columns,
    excluded: cleanState.excluded,
    confirmed: cleanState.confirmed,
    edited: [...editedRows],
    rules: settingRules()
  }
}

/** Puts an arrangement in place and tells the UI about its table. */
function install(next: Arrangement): void {
  importState.table = next.table
  importState.settings = next.settings
  importState.view = computeView(next.table, { search: '', sort: null })
  cleanState.session = next.session
  cleanState.columns = next.columns
  cleanState.excluded = next.excluded
  cleanState.confirmed = next.confirmed
  editedRows.clear()
  for (const index of next.edited) editedRows.add(index)
  forgetSearchText()
  // The UI starts the grids over on a new table (clean store `tableChanged`): so does the worker.
  cleanState.query = { search: '', filter: null, sort: null }
  // Provider, country and block list are settings (not undone): bring a session put aside
  // by undo/redo up to date with them.
  const now = settingRules()
  if (next.rules.provider !== now.provider || next.rules.country !== now.country)
    next.session.setRowRules({ provider: now.provider, country: now.country })
  if (next.rules.blockList !== now.blockList)
    next.session.setDuplicateRules({ doNotContact: now.blockList })
  next.rules = now
  workerEvents.emit('tableLaidOut', {
    table: summarize(next.table, importState.readId),
    settings: next.settings
  })
}

interface Plan {
  /** Per data row, the edited cells that still apply (their role's column is the same). */
  carried: Map<number, Partial<LeadInput>>
  lost: LostEdits
}

/** Which of the user's edits survive the new layout, and which would stop applying. */
function plan(current: Arrangement, next: LeadTable): Plan {
  const { table, session, columns: old } = current
  const fresh = ruleColumns(next, {})
  const count = next.dataRows.length
  const lost: LostEdits = { phone: 0, ddd: 0, name: 0, rows: 0 }
  const carried = new Map<number, Partial<LeadInput>>()
  for (const index of current.edited) {
    const input = session.input(index)
    if (!input) continue
    if (index >= count) {
      lost.rows++
      continue
    }
    const g = table.dataRows[index] ?? 0
    const cells: Partial<LeadInput> = {}
    for (const role of ROLES) {
      const column = old[role]
      const file =
        column === null ? (role === 'phone' ? '' : undefined) : table.grid.cell(g, column)
      if (input[role] === file) continue
      if (fresh[role] === column) cells[role] = input[role] as string
      else if (role !== 'email') lost[role]++
    }
    if (Object.keys(cells).length > 0) carried.set(index, cells)
  }
  return { carried, lost }
}

/** The new layout cleaned, with the edits that still apply and the choices whose row exists. */
function arrange(next: LeadTable, settings: ImportSettings, carried: Plan['carried']): Arrangement {
  const columns = ruleColumns(next, {})
  const inputs = relaidInputs(next, columns, carried)
  const session = new CleanSession(
    inputs,
    {
      country: cleanState.settings.country,
      provider: cleanState.settings.provider,
      ...(cleanState.defaultDdd !== null && { defaultDdd: cleanState.defaultDdd }),
      keep: cleanState.keep,
      doNotContact: cleanState.blockList
    },
    { blankSkipped: next.blankSkipped, footerRowsSkipped: next.footerRowsSkipped },
    // Same rows: names and e-mails unchanged are not cleaned again.
    cleanState.session ?? undefined
  )
  const count = next.dataRows.length
  const existing = (indices: Set<number>): Set<number> =>
    new Set([...indices].filter((index) => index < count))
  return {
    table: next,
    settings,
    session,
    columns,
    excluded: existing(cleanState.excluded),
    confirmed: existing(cleanState.confirmed),
    edited: [...carried.keys()],
    rules: settingRules()
  }
}

const lostAny = (lost: LostEdits): boolean => lost.phone + lost.ddd + lost.name + lost.rows > 0

/** The last layout computed, so "Continuar" after a warning does not lay it out again. */
let planned: { base: LeadTable; key: string; next: LeadTable } | null = null

type ColumnCall = WorkerParsedRequest<typeof importContract, 'changeColumns'>

function changeColumns(call: ColumnCall): ColumnChange {
  const current = capture()
  const overrides = mergeColumns(current.settings.columns, call.columns)
  const key = JSON.stringify(overrides)
  const next =
    planned?.base === current.table && planned.key === key
      ? planned.next
      : relaidTable(current.table, current.settings.headerRow, overrides, importState.stickyFooters)
  planned = { base: current.table, key, next }
  const settings: ImportSettings = { ...current.settings, columns: overrides }
  const same =
    next.phoneColumn === current.table.phoneColumn &&
    next.dddColumn === current.table.dddColumn &&
    next.nameColumn === current.table.nameColumn &&
    next.dataRows.length === current.table.dataRows.length
  if (same) {
    importState.settings = settings
    return { status: 'unchanged' }
  }
  const { carried, lost } = plan(current, next)
  if (lostAny(lost) && call.force !== true) return { status: 'confirm', lost }
  planned = null
  let before = current
  let after = arrange(next, settings, carried)
  record({
    entry: { action: 'columns' },
    redo() {
      before = capture()
      install(after)
    },
    undo() {
      after = capture()
      install(before)
    }
  })
  return { status: 'applied', table: summarize(next, importState.readId), lost }
}

/** Column changes on the table already read (importContract.ts `changeColumns`). */
export const columnCalls = { changeColumns } satisfies Pick<
  WorkerHandlers<typeof importContract>,
  'changeColumns'
>
