import { create } from 'zustand'
import type {
  ColumnRequest,
  ImportSettings,
  LostEdits,
  TableSummary,
  ViewQuery
} from '../../worker/protocol'
import type { CleanStart } from '../../worker/clean/cleanStart'
import {
  cancelIncoming,
  currentWorker,
  onWorkerEvent,
  promoteIncoming,
  startIncoming
} from '../../worker/leadWorkerHost'
import { WorkerError, type WorkerFailure } from '../../worker/rpc/failure'
import { api, ApiError } from '../../api/client'
import { decryptFailure } from './decryptFailure'

export type ImportPhase = 'idle' | 'reading' | 'password'

interface PendingFile {
  name: string
  bytes: Uint8Array
  settings: ImportSettings
  clean: CleanStart
}

/** The original, still-encrypted file a table was decrypted from (drafts keep this one). */
export interface ProtectedOriginal {
  size: number
  /** Lower-case hex SHA-256 of the encrypted bytes. */
  sha256: string
}

interface ImportState {
  phase: ImportPhase
  progress: number
  readingName: string | null
  /** The imported table (kept when a later import fails or is canceled). */
  table: TableSummary | null
  /**
   * Set with `table` when it was read from a password-protected workbook (submitPassword): the
   * encrypted file's identity. Never the password, never the decrypted bytes.
   */
  protectedOriginal: ProtectedOriginal | null
  settings: ImportSettings
  error: WorkerFailure | null
  passwordError: boolean
  /** Main is decrypting the protected workbook (the prompt offers "Cancelar"). */
  decrypting: boolean
  /** Bumped whenever the rows the grid shows may have changed. */
  viewVersion: number
  rowCount: number
  query: ViewQuery
  /** A column change waiting for "Continuar": it would drop some of Limpar's fixes. */
  columnWarning: { request: ColumnRequest; lost: LostEdits } | null
  /** Reads a new file; `clean` is what its table is cleaned with, once (importLeads.ts). */
  importBytes(
    name: string,
    bytes: Uint8Array,
    settings: ImportSettings,
    clean: CleanStart
  ): Promise<void>
  cancel(): void
  /** Sheet or header row: the rows really change, so the file is read again. */
  reimport(settings: ImportSettings): Promise<void>
  /** Phone, DDD or name column: laid out on the rows already read, Limpar's fixes kept. */
  changeColumns(request: ColumnRequest, force?: boolean): Promise<void>
  confirmColumns(): Promise<void>
  cancelColumns(): void
  submitPassword(password: string): Promise<void>
  /** Stops the decrypt running in main; submitPassword then ends with `canceled`. */
  cancelDecrypt(): Promise<void>
  dismissError(): void
  setQuery(query: Partial<ViewQuery>): Promise<void>
}

let pending: PendingFile | null = null
/** The encrypted bytes behind the table shown, when it came from a decrypt. */
let shownOriginal: { identity: ProtectedOriginal; bytes: Uint8Array } | null = null

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('')
}

async function identityOf(bytes: Uint8Array): Promise<ProtectedOriginal> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return { size: bytes.byteLength, sha256: hex(digest) }
}

/**
 * The still-encrypted file behind the table shown, when its identity is `identity` (the
 * drafts send it to main when main has no path to copy it from); null otherwise.
 */
export function protectedOriginalBytes(identity: ProtectedOriginal): Uint8Array | null {
  if (!shownOriginal) return null
  const { size, sha256 } = shownOriginal.identity
  return size === identity.size && sha256 === identity.sha256 ? shownOriginal.bytes.slice() : null
}

const failure = (error: unknown): WorkerFailure =>
  error instanceof WorkerError
    ? error.failure
    : { code: 'internal_error', params: {}, message: String(error) }

export const useImport = create<ImportState>()((set, get) => {
  /**
   * Reads bytes into a new table. `original` is set when they were decrypted from a protected
   * workbook: `pending` then stays the encrypted file (a retry asks for the password again).
   */
  async function read(
    name: string,
    bytes: Uint8Array,
    settings: ImportSettings,
    clean: CleanStart,
    original: { identity: ProtectedOriginal; bytes: Uint8Array } | null
  ): Promise<void> {
    if (original === null) pending = { name, bytes, settings, clean }
    set({ phase: 'reading', progress: 0, readingName: name, error: null })
    const worker = startIncoming()
    // The worker gets its own copy: the original stays here for a password retry.
    const copy = bytes.slice().buffer
    try {
      const table = await worker.call(
        'import',
        { bytes: copy, fileName: name, settings, clean },
        { onProgress: (p) => set({ progress: p }) }
      )
      promoteIncoming(worker)
      shownOriginal = original
      set((s) => ({
        phase: 'idle',
        table,
        protectedOriginal: original?.identity ?? null,
        columnWarning: null,
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
  }

  return {
    phase: 'idle',
    progress: 0,
    readingName: null,
    table: null,
    protectedOriginal: null,
    settings: {},
    error: null,
    passwordError: false,
    decrypting: false,
    viewVersion: 0,
    rowCount: 0,
    query: { search: '', sort: null },
    columnWarning: null,

    importBytes: (name, bytes, settings, clean) => read(name, bytes, settings, clean, null),

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
        const summary = await worker.call(
          'reimport',
          { settings: next },
          { onProgress: (p) => set({ progress: p }) }
        )
        set((s) => ({
          phase: 'idle',
          table: summary,
          columnWarning: null,
          settings: next,
          rowCount: summary.dataRowCount,
          query: { search: '', sort: null },
          viewVersion: s.viewVersion + 1
        }))
      } catch (error) {
        set({ phase: 'idle', error: failure(error) })
      }
    },

    async changeColumns(request, force = false) {
      const worker = currentWorker()
      if (!worker) return
      try {
        const change = await worker.call('changeColumns', {
          columns: request,
          ...(force && { force })
        })
        // The new table itself arrives as a `tableLaidOut` event (below).
        set({ columnWarning: change.status === 'confirm' ? { request, lost: change.lost } : null })
      } catch (error) {
        set({ columnWarning: null, error: failure(error) })
      }
    },

    async confirmColumns() {
      const pendingChange = get().columnWarning
      if (pendingChange) await get().changeColumns(pendingChange.request, true)
    },

    cancelColumns: () => set({ columnWarning: null }),

    async submitPassword(password) {
      if (!pending) return
      const file = pending
      set({ decrypting: true, passwordError: false })
      let bytes: Uint8Array
      try {
        bytes = (await api('decryptWorkbook', { bytes: file.bytes, password })).bytes
      } catch (error) {
        if (error instanceof ApiError && error.code === 'wrong_password') {
          set({ decrypting: false, passwordError: true })
          return
        }
        set({ decrypting: false, phase: 'idle', error: decryptFailure(error) })
        return
      }
      // The table remembers the encrypted file it came from: a draft keeps that file, not these.
      const identity = await identityOf(file.bytes)
      set({ decrypting: false })
      await read(file.name, bytes, file.settings, file.clean, {
        identity,
        bytes: file.bytes
      })
    },

    async cancelDecrypt() {
      // The pending submitPassword answers `canceled` and shows it; a failed cancel call leaves
      // the decrypt running, so it is reported as any other IPC failure would be.
      try {
        await api('cancelDecrypt', {})
      } catch (error) {
        set({ decrypting: false, phase: 'idle', error: decryptFailure(error) })
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
      const { rowCount } = await worker.call('view', { query })
      // A newer query may have started meanwhile; only the latest one wins.
      if (get().query === query) set((s) => ({ rowCount, viewVersion: s.viewVersion + 1 }))
    }
  }
})

// The worker laid the table out again (a column change here, in Mapear, or its undo/redo in
// Limpar): show the new table; the other steps follow it from here.
onWorkerEvent((event) => {
  if (event.name !== 'tableLaidOut') return
  const { table, settings } = event.data
  useImport.setState((s) => ({
    table,
    settings,
    rowCount: table.dataRowCount,
    query: { search: '', sort: null },
    columnWarning: null,
    viewVersion: s.viewVersion + 1
  }))
})
