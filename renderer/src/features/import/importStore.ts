import { create } from 'zustand'
import type { ImportSettings, TableSummary, ViewQuery } from '../../worker/protocol'
import type { WorkerFailure } from '../../worker/protocol'
import { WorkerError } from '../../worker/workerClient'
import { api, ApiError } from '../../api/client'
import { cancelIncoming, currentWorker, promoteIncoming, startIncoming } from './leadWorkerHost'

export type ImportPhase = 'idle' | 'reading' | 'password'

interface PendingFile {
  name: string
  bytes: Uint8Array
}

interface ImportState {
  phase: ImportPhase
  progress: number
  readingName: string | null
  /** The imported table (kept when a later import fails or is canceled). */
  table: TableSummary | null
  settings: ImportSettings
  error: WorkerFailure | null
  passwordError: boolean
  /** Bumped whenever the rows the grid shows may have changed. */
  viewVersion: number
  rowCount: number
  query: ViewQuery
  importBytes(name: string, bytes: Uint8Array, settings?: ImportSettings): Promise<void>
  cancel(): void
  reimport(settings: ImportSettings): Promise<void>
  submitPassword(password: string): Promise<void>
  dismissError(): void
  setQuery(query: Partial<ViewQuery>): Promise<void>
}

let pending: PendingFile | null = null

const failure = (error: unknown): WorkerFailure =>
  error instanceof WorkerError
    ? error.failure
    : { code: 'internal_error', params: {}, message: String(error) }

export const useImport = create<ImportState>()((set, get) => ({
  phase: 'idle',
  progress: 0,
  readingName: null,
  table: null,
  settings: {},
  error: null,
  passwordError: false,
  viewVersion: 0,
  rowCount: 0,
  query: { search: '', sort: null },

  async importBytes(name, bytes, settings = {}) {
    pending = { name, bytes }
    set({ phase: 'reading', progress: 0, readingName: name, error: null })
    const worker = startIncoming()
    // The worker gets its own copy: the original stays here for a password retry.
    const copy = bytes.slice().buffer
    try {
      const table = await worker.call(
        { kind: 'import', bytes: copy, fileName: name, settings },
        (p) => set({ progress: p })
      )
      promoteIncoming(worker)
      set((s) => ({
        phase: 'idle',
        table,
        settings,
        rowCount: table.dataRowCount,
        query: { search: '', sort: null },
        viewVersion: s.viewVersion + 1
      }))
    } catch (error) {
      const f = failure(error)
      if (f.code === 'canceled') return
      if (f.code === 'password_required' || f.code === 'wrong_password') {
        set({ phase: 'password', passwordError: false, error: null })
        return
      }
      set({ phase: 'idle', error: f })
    }
  },

  cancel() {
    cancelIncoming()
    set({ phase: 'idle', progress: 0, readingName: null })
  },

  async reimport(settings) {
    const worker = currentWorker()
    const table = get().table
    if (!worker || !table) return
    const next = { ...get().settings, ...settings }
    set({ phase: 'reading', progress: 0, readingName: table.file, error: null })
    try {
      const summary = await worker.call({ kind: 'reimport', settings: next }, (p) =>
        set({ progress: p })
      )
      set((s) => ({
        phase: 'idle',
        table: summary,
        settings: next,
        rowCount: summary.dataRowCount,
        query: { search: '', sort: null },
        viewVersion: s.viewVersion + 1
      }))
    } catch (error) {
      set({ phase: 'idle', error: failure(error) })
    }
  },

  async submitPassword(password) {
    if (!pending) return
    const file = pending
    try {
      const { bytes } = await api('decryptWorkbook', { bytes: file.bytes, password })
      await get().importBytes(file.name, bytes)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'wrong_password') {
        set({ passwordError: true })
        return
      }
      const code =
        error instanceof ApiError && error.code === 'damaged_file'
          ? 'damaged_file'
          : 'internal_error'
      set({ phase: 'idle', error: { code, params: {}, message: String(error) } })
    }
  },

  dismissError() {
    set({ error: null, phase: get().phase === 'password' ? 'idle' : get().phase })
  },

  async setQuery(partial) {
    const worker = currentWorker()
    if (!worker) return
    const query = { ...get().query, ...partial }
    set({ query })
    const { rowCount } = await worker.call({ kind: 'view', query })
    // A newer query may have started meanwhile; only the latest one wins.
    if (get().query === query) set((s) => ({ rowCount, viewVersion: s.viewVersion + 1 }))
  }
}))
