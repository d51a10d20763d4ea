import { create } from 'zustand'
import { api } from '../../api/client'
import { i18n } from '../../i18n'
import type {
  CleanCells,
  CleanFilter,
  CleanQuery,
  CleanRowDetail,
  CleanSettings,
  CleanSnapshot,
  ParsedBlockList
} from '../../worker/clean/cleanProtocol'
import type { LeadCallName, LeadRequest, LeadResponse } from '../../worker/leadContract'
import { currentWorker } from '../../worker/leadWorkerHost'
import { WorkerError } from '../../worker/rpc/failure'
import { currentProvider } from '../campaign/campaignStore'
import { useImport } from '../import/importStore'

const EMPTY_QUERY: CleanQuery = { search: '', filter: null, sort: null }

export interface BlockListOutcome {
  added: number
  ignored: number
}

interface CleanState {
  /** What the worker says about the cleaned list; null before the first import. */
  snapshot: CleanSnapshot | null
  query: CleanQuery
  /** Bumped whenever the grid's rows may have changed. */
  version: number
  /** Whether the last bump came from an edit (keep the scroll) or a new query (go to top). */
  keepScroll: boolean
  /**
   * The country: the user's choice, re-applied to every new file. (The provider the checks use
   * is the campaign's, campaignStore.ts: `workerSettings` adds it.)
   */
  settings: Omit<CleanSettings, 'provider'>
  /** The stored Lista de bloqueio (E.164); null until read from the laptop. */
  blockList: string[] | null
  /** The row open in the editor (data-row position) and what it shows. */
  editing: CleanRowDetail | null
  error: string | null
  /** The stored Lista de bloqueio, read from the laptop once. */
  loadBlockList(): Promise<string[]>
  tableChanged(): Promise<void>
  setQuery(query: Partial<CleanQuery>): Promise<void>
  toggleFilter(filter: CleanFilter): Promise<void>
  setSettings(settings: Partial<CleanState['settings']>): Promise<void>
  /** The campaign's provider changed (chooseProvider.ts): the worker checks the rows for it. */
  providerChanged(): Promise<void>
  setDefaultDdd(ddd: string | null): Promise<void>
  setKeepLast(keepLast: boolean): Promise<void>
  excludeInvalid(): Promise<void>
  setExcluded(index: number, excluded: boolean): Promise<void>
  setViewExcluded(excluded: boolean): Promise<void>
  confirm(index: number): Promise<void>
  /** "Incluir mesmo assim" for the nationwide numbers (Kinbox). */
  setNationwide(confirmed: boolean): Promise<void>
  edit(index: number, cells: Partial<CleanCells>): Promise<void>
  undo(): Promise<void>
  redo(): Promise<void>
  openEditor(index: number): Promise<void>
  closeEditor(): void
  addToBlockList(input: {
    text?: string
    file?: { name: string; data: ArrayBuffer }
  }): Promise<BlockListOutcome>
  removeFromBlockList(numbers: string[] | 'all'): Promise<void>
  exportFile(format: 'xlsx' | 'csv', rows: 'all' | 'launchable'): Promise<string | null>
  dismissError(): void
}

function message(error: unknown): string {
  if (error instanceof WorkerError) return error.failure.message
  return error instanceof Error ? error.message : String(error)
}

async function call<K extends LeadCallName>(
  name: K,
  request: LeadRequest<K>
): Promise<LeadResponse<K> | null> {
  const worker = currentWorker()
  return worker ? worker.call(name, request) : null
}

/** The calls that change the list and answer with Limpar's new state. */
type Mutation = {
  [K in LeadCallName]: LeadResponse<K> extends CleanSnapshot ? K : never
}[LeadCallName]

/** Leads a launch would send now (ok, not excluded, confirmed); null before cleaning. */
export function launchableCountOf(state: Pick<CleanState, 'snapshot'>): number | null {
  const snapshot = state.snapshot
  return snapshot?.ready ? snapshot.counts.launchable : null
}

/** Whether the worker's list was cleaned with these settings and this Lista de bloqueio. */
const cleanedWith = (snapshot: CleanSnapshot, settings: CleanSettings, blockList: string[]) =>
  snapshot.settings.country === settings.country &&
  snapshot.settings.provider === settings.provider &&
  snapshot.blockedNumbers === new Set(blockList).size

export const sameFilter = (a: CleanFilter | null, b: CleanFilter | null): boolean =>
  JSON.stringify(a) === JSON.stringify(b)

export const useClean = create<CleanState>()((set, get) => {
  /** A new state from the worker: counters, history, the grid (and the launchable count). */
  function apply(snapshot: CleanSnapshot | null, keepScroll: boolean): void {
    if (!snapshot) return
    set((s) => ({ snapshot, version: s.version + 1, keepScroll }))
    const editing = get().editing
    if (editing) void refreshEditor(editing.row.index)
  }

  async function refreshEditor(index: number): Promise<void> {
    const detail = await call('cleanRow', { index })
    if (get().editing?.row.index === index) set({ editing: detail })
  }

  /** Run a mutating call; a failure is shown, never thrown at the screen. */
  async function mutate<K extends Mutation>(
    name: K,
    request: LeadRequest<K>,
    keepScroll = true
  ): Promise<void> {
    try {
      apply(await call(name, request), keepScroll)
    } catch (error) {
      set({ error: message(error) })
    }
  }

  const workerSettings = (): CleanSettings => cleanSettingsNow()

  async function loadBlockList(): Promise<string[]> {
    const known = get().blockList
    if (known) return known
    try {
      const { numbers } = await api('getBlockList', {})
      set({ blockList: numbers })
      return numbers
    } catch {
      return []
    }
  }

  async function storeBlockList(numbers: string[]): Promise<void> {
    const saved = await api('setBlockList', { numbers })
    set({ blockList: saved.numbers })
    await mutate('cleanConfigure', { blockList: saved.numbers })
  }

  return {
    snapshot: null,
    query: EMPTY_QUERY,
    version: 0,
    keepScroll: false,
    settings: { country: 'BR' },
    blockList: null,
    editing: null,
    error: null,

    loadBlockList,

    async tableChanged() {
      set({ query: EMPTY_QUERY, editing: null, error: null })
      const blockList = await loadBlockList()
      // The import was cleaned with these (importLeads.ts): configure only what changed since.
      const current = await call('cleanSnapshot', {})
      if (current && cleanedWith(current, workerSettings(), blockList)) apply(current, false)
      else await mutate('cleanConfigure', { settings: workerSettings(), blockList }, false)
    },

    async setQuery(partial) {
      const query = { ...get().query, ...partial }
      set({ query })
      try {
        const snapshot = await call('cleanView', { query })
        // A newer query may have started meanwhile; only the latest one wins.
        if (get().query === query) apply(snapshot, false)
      } catch (error) {
        set({ error: message(error) })
      }
    },

    toggleFilter(filter) {
      const current = get().query.filter
      return get().setQuery({ filter: sameFilter(current, filter) ? null : filter })
    },

    async setSettings(settings) {
      set({ settings: { ...get().settings, ...settings } })
      await mutate('cleanConfigure', { settings: workerSettings() })
    },

    providerChanged: () => mutate('cleanConfigure', { settings: workerSettings() }),

    setDefaultDdd: (ddd) => mutate('cleanDefaultDdd', { ddd }),
    setKeepLast: (keepLast) => mutate('cleanKeep', { keep: keepLast ? 'last' : 'first' }),
    excludeInvalid: () => mutate('cleanExcludeInvalid', {}),
    setExcluded: (index, excluded) =>
      mutate('cleanExclude', { target: { indices: [index] }, excluded }),
    setViewExcluded: (excluded) => mutate('cleanExclude', { target: 'view', excluded }),
    confirm: (index) => mutate('cleanConfirm', { index }),
    setNationwide: (confirmed) => mutate('cleanNationwide', { confirmed }),
    edit: (index, cells) => mutate('cleanEdit', { index, cells }),
    undo: () => mutate('cleanUndo', {}),
    redo: () => mutate('cleanRedo', {}),

    async openEditor(index) {
      try {
        set({ editing: await call('cleanRow', { index }) })
      } catch (error) {
        set({ error: message(error) })
      }
    },

    closeEditor: () => set({ editing: null }),

    async addToBlockList({ text, file }) {
      const parsed: ParsedBlockList | null = await call('cleanParseBlockList', {
        ...(text !== undefined ? { text } : {}),
        ...(file ? { file } : {})
      })
      const stored = await loadBlockList()
      const known = new Set(stored)
      const fresh = (parsed?.numbers ?? []).filter((n) => !known.has(n))
      if (fresh.length > 0) await storeBlockList([...stored, ...fresh])
      return { added: fresh.length, ignored: parsed?.ignored ?? 0 }
    },

    async removeFromBlockList(numbers) {
      const stored = await loadBlockList()
      const gone = new Set(numbers === 'all' ? stored : numbers)
      await storeBlockList(stored.filter((n) => !gone.has(n)))
    },

    async exportFile(format, rows) {
      const made = await call('cleanExport', { format, rows })
      if (!made) return null
      const saved = await api('saveExport', {
        suggestedName: made.suggestedName,
        bytes: made.bytes
      })
      return saved.saved ? saved.name : null
    },

    dismissError: () => set({ error: null })
  }
})

/** What the worker cleans with: this user's settings and the campaign's provider. */
export const cleanSettingsNow = (): CleanSettings => ({
  ...useClean.getState().settings,
  provider: currentProvider()
})

// A new table (import, another sheet or header row): the worker cleaned it already; give it
// this user's settings and block list, whichever screen is open (Agendar reads the count).
useImport.subscribe((state, previous) => {
  if (state.table !== previous.table && state.table) void useClean.getState().tableChanged()
})

// Status and reasons are worded here, not in the worker: reload the rows in the new language.
i18n.on('languageChanged', () => useClean.setState((s) => ({ version: s.version + 1 })))
