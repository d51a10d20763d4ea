import { readLeadFile } from '../../../shared/import'
import { setCleanStart } from './cleanStart'
import type { WorkerCall, WorkerResults } from './protocol'
import { importState as state, type Progress } from './state'
import { rememberStickyFooters } from './tableLayout'
import { rawRows, summarize } from './summary'
import { computeView, pageOf } from './tableView'

type Call<K extends WorkerCall['kind']> = Extract<WorkerCall, { kind: K }>

/** Hooks other modules register to react when a new table is loaded (e.g. re-clean). */
export const onTableLoaded: (() => void)[] = []

function load(settings: Call<'import' | 'reimport'>['settings'], progress: Progress) {
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

export const importCalls = {
  import(call: Call<'import'>, progress: Progress): WorkerResults['import'] {
    state.source = { bytes: new Uint8Array(call.bytes), fileName: call.fileName }
    if (call.clean) setCleanStart(call.clean)
    return load(call.settings, progress)
  },
  reimport: (call: Call<'reimport'>, progress: Progress): WorkerResults['reimport'] =>
    load(call.settings, progress),
  view(call: Call<'view'>): WorkerResults['view'] {
    if (!state.table) return { rowCount: 0 }
    state.view = computeView(state.table, call.query)
    return { rowCount: state.view.length }
  },
  page: (call: Call<'page'>): WorkerResults['page'] => ({
    rows: state.table ? pageOf(state.table, state.view, call.start, call.count) : []
  }),
  rawRows: (call: Call<'rawRows'>): WorkerResults['rawRows'] => ({
    rows: state.table ? rawRows(state.table, call.count) : []
  })
}
