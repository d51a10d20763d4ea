import { readLeadFile } from '../../../../shared/import'
import { setCleanStart } from '../clean/cleanStart'
import type { importContract } from './importContract'
import type { ImportSettings } from '../protocol'
import type { WorkerCallContext, WorkerHandlers } from '../rpc/contract'
import { importState as state } from '../state'
import { rememberStickyFooters } from './tableLayout'
import { rawRows, summarize } from './summary'
import { computeView, pageOf } from './tableView'

/** Hooks other modules register to react when a new table is loaded (e.g. re-clean). */
export const onTableLoaded: (() => void)[] = []

/** A read is one synchronous parse: it reports progress but cannot hear a cancel (terminate). */
type ReadContext = Pick<WorkerCallContext, 'progress'>

function load(settings: ImportSettings, { progress }: ReadContext) {
  if (!state.source) throw new Error('no file loaded')
  const table = readLeadFile(state.source.bytes, state.source.fileName, {
    ...settings,
    onProgress: progress
  })
  state.table = table
  state.settings = settings
  state.readId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  state.stickyFooters = new Set()
  rememberStickyFooters(table, state.stickyFooters)
  state.view = computeView(table, { search: '', sort: null })
  for (const hook of onTableLoaded) hook()
  return summarize(table, state.readId)
}

/** The Importar step's calls but the column change (columnCalls.ts), see importContract.ts. */
export const importCalls = {
  import(request, ctx: ReadContext) {
    state.source = { bytes: new Uint8Array(request.bytes), fileName: request.fileName }
    if (request.clean) setCleanStart(request.clean)
    return load(request.settings, ctx)
  },
  reimport: (request, ctx: ReadContext) => load(request.settings, ctx),
  view(request) {
    if (!state.table) return { rowCount: 0 }
    state.view = computeView(state.table, request.query)
    return { rowCount: state.view.length }
  },
  page: (request) => ({
    rows: state.table ? pageOf(state.table, state.view, request.start, request.count) : []
  }),
  rawRows: (request) => ({ rows: state.table ? rawRows(state.table, request.count) : [] })
} satisfies Omit<WorkerHandlers<typeof importContract>, 'changeColumns'>
