import { create } from 'zustand'
import type { Mapping, Provider } from '../../../../shared/mapping'
import {
  INTEGRA_TTS_MAX_LENGTH,
  applyPreset,
  findPresetFor,
  headerSignature,
  makePreset,
  suggestVariableKey
} from '../../../../shared/mapping'
import { api, ApiError } from '../../api/client'
import type { MapCheck, MapColumn, MapPreview, PreviewTarget } from '../../worker/map/mapProtocol'
import type { ColumnRequest, LostEdits, TableSummary } from '../../worker/protocol'
import { currentProvider } from '../campaign/campaignStore'
import { currentWorker } from '../../worker/leadWorkerHost'
import type { DraftMapping, DraftVariable } from './draft'
import { fromMapping, newVariableId, toMapping } from './draft'
import { initialDraft, suggestionsFor, type Suggestion } from './matching'
import { parsePresets, toStored, type SavedPreset } from './presetStorage'

export type AppliedPreset = {
  name: string
  missing: string[]
  auto: boolean
  /** A follow-up's choices from the campaign `name`, not a saved preset. */
  campaign?: boolean
  /** Changed here since it was applied: the notice no longer says "aplicado". */
  edited?: boolean
  /** Applied automatically over a message the user had typed: theirs was kept. */
  keptMessage?: boolean
  /** The same for Integra's voicemail: the one the user typed was kept. */
  keptVoicemail?: boolean
}

/** Mapear's own state: the provider is the campaign's (campaignStore.ts), read when needed. */
interface MapState extends Omit<DraftMapping, 'provider'> {
  /** The import this mapping was made for; a new import starts the step again. */
  table: TableSummary | null
  columns: MapColumn[]
  loading: boolean
  loadError: boolean
  suggestions: Suggestion[]
  /** Kinbox message. */
  message: string
  /** Integra's voicemail: `voicemail_mode` tts with this text, or hang up. */
  voicemail: { enabled: boolean; text: string }
  presets: SavedPreset[]
  presetError: ApiError | null
  /** The preset last applied (automatically when the file's headers matched). */
  applied: AppliedPreset | null
  /** Name of the preset just saved, for a short confirmation. */
  saved: string | null
  previewTarget: PreviewTarget
  preview: MapPreview | null
  check: MapCheck | null
  /** A phone/DDD change waiting for "Continuar": it would drop some of Limpar's fixes. */
  columnWarning: { request: ColumnRequest; lost: LostEdits } | null

  open(table: TableSummary): Promise<void>
  /** The campaign's provider changed (chooseProvider.ts): a preset notice of the other goes. */
  providerChanged(): void
  /** Go on with the column change despite the fixes it drops (undoable in Limpar). */
  confirmColumns(): void
  /** Keep the columns cleaning uses: phone and DDD go back to them. */
  cancelColumns(): void
  setPhone(column: number | null): void
  setDdd(column: number | null): void
  setName(column: number | null): void
  addVariable(column?: number): void
  updateVariable(id: number, patch: Partial<Omit<DraftVariable, 'id'>>): void
  removeVariable(id: number): void
  moveVariable(id: number, delta: -1 | 1): void
  acceptSuggestion(id: string): void
  dismissSuggestion(id: string): void
  setMessage(message: string): void
  setVoicemail(patch: Partial<MapState['voicemail']>): void
  savePreset(name: string): Promise<boolean>
  deletePreset(name: string): Promise<void>
  applySavedPreset(name: string): void
  /** A follow-up: the next table opens with these choices instead of a preset or guesses. */
  carryIntoNextTable(choices: SavedPreset | null): void
  showRow(target: PreviewTarget): void
}

const EMPTY_DRAFT: Omit<DraftMapping, 'provider'> = {
  phone: null,
  ddd: null,
  name: null,
  variables: []
}

/** Bumped by each column change asked of the worker: only the latest one's answer counts. */
let columnGeneration = 0
// The user chose "no DDD column": tell the reader so, or it pairs the one it detects again.
let noDdd = false
/** A follow-up's previous choices, for the next new table (one use). */
let carried: SavedPreset | null = null
let refreshTimer: ReturnType<typeof setTimeout> | null = null
/**
 * Bumped by every change the preview must follow. A refresh lands only while its generation
 * is still the latest, so an answer computed for an older row, text or mapping is dropped
 * however the timings fall (the debounce only saves work; it decides nothing).
 */
let generation = 0
/** A pause in typing long enough to be worth a preview. */
const TYPING_PAUSE_MS = 150

/** The text the preview and the checks read: the Kinbox message or Integra's voicemail. */
export function textOf(state: Pick<MapState, 'message' | 'voicemail'>, provider: Provider): string {
  if (provider === 'kinbox') return state.message
  return state.voicemail.enabled ? state.voicemail.text : ''
}

export const useMap = create<MapState>()((set, get) => {
  /** Drops any refresh waiting or in flight, and starts one for the current state after `wait`. */
  function scheduleRefresh(wait = TYPING_PAUSE_MS): void {
    const mine = ++generation
    if (refreshTimer !== null) clearTimeout(refreshTimer)
    refreshTimer = setTimeout(() => void refresh(mine), wait)
  }

  /** Drops any refresh waiting or in flight without starting another. */
  function cancelRefresh(): void {
    generation++
    if (refreshTimer !== null) clearTimeout(refreshTimer)
    refreshTimer = null
  }

  async function refresh(mine: number): Promise<void> {
    refreshTimer = null
    const worker = currentWorker()
    const state = get()
    const provider = currentProvider()
    const mapping = toMapping({ ...state, provider })
    if (!worker || !mapping) {
      set({ preview: null, check: null })
      return
    }
    const text = textOf(state, provider)
    const integraSilent = provider === 'integra' && !state.voicemail.enabled
    try {
      const [preview, check] = await Promise.all([
        worker.call('mapPreview', { mapping, text, target: state.previewTarget }),
        worker.call('mapCheck', {
          mapping,
          text: integraSilent ? null : text,
          ...(provider === 'integra' && { maxLength: INTEGRA_TTS_MAX_LENGTH })
        })
      ])
      // The requested row is the user's: a result only ever sets the preview it was computed for.
      if (mine === generation) set({ preview, check })
    } catch {
      if (mine === generation) set({ preview: null, check: null })
    }
  }

  /**
   * Cleaning reads the phone (and DDD) column: keep both the same. The worker lays out the rows
   * it already holds with them (Limpar's fixes kept) and tells the import store of the new
   * table; a change that would drop fixes waits for "Continuar" (`columnWarning`).
   */
  function syncCleaningColumns(force = false): void {
    const { table, phone, ddd } = get()
    const worker = currentWorker()
    const mine = ++columnGeneration
    if (!table || !worker || phone === null) return
    if (phone === table.phoneColumn && ddd === table.dddColumn) {
      set({ columnWarning: null })
      return
    }
    // No DDD named: the reader pairs one by itself when it sits beside the phone.
    const request: ColumnRequest = {
      phone: table.columns[phone] ?? '',
      ddd: ddd === null ? (noDdd ? '' : null) : (table.columns[ddd] ?? '')
    }
    worker.call('changeColumns', { columns: request, ...(force && { force }) }).then(
      (change) => {
        if (mine !== columnGeneration) return
        set({ columnWarning: change.status === 'confirm' ? { request, lost: change.lost } : null })
        // Nothing changed for cleaning (the reader pairs the same DDD): show what it uses.
        const now = get()
        if (
          change.status === 'unchanged' &&
          !noDdd &&
          now.table === table &&
          now.phone === table.phoneColumn
        )
          set({ ddd: table.dddColumn })
      },
      () => {
        if (mine === columnGeneration) set({ columnWarning: null })
      }
    )
  }

  function edit(patch: Partial<MapState>): void {
    const applied = get().applied
    const edited = applied && !('applied' in patch) && !applied.edited
    set({ ...patch, saved: null, ...(edited && { applied: { ...applied, edited: true } }) })
    scheduleRefresh()
  }

  function applyPresetNow(preset: SavedPreset, auto: boolean, campaign = false): void {
    const headers = get().columns.map((column) => column.header)
    const { mapping, missingColumns } = applyPreset(preset, headers)
    const draft = mapping ? fromMapping(mapping) : { ...EMPTY_DRAFT, phone: get().phone }
    // An automatic match never writes over a message the user typed (issue 15): theirs stays.
    const mine = get().message
    const keptMessage =
      auto &&
      preset.provider === 'kinbox' &&
      mine.trim() !== '' &&
      preset.mapping.message !== undefined &&
      preset.mapping.message !== mine
    // So does Integra's voicemail: typed, it stays as it is (on or off) unless the preset's is the same.
    const myVoicemail = get().voicemail
    const presetVoicemail = {
      enabled: (preset.mapping.voicemail ?? '') !== '',
      text: preset.mapping.voicemail ?? myVoicemail.text
    }
    const keptVoicemail =
      auto &&
      preset.provider === 'integra' &&
      myVoicemail.text.trim() !== '' &&
      (presetVoicemail.enabled !== myVoicemail.enabled || presetVoicemail.text !== myVoicemail.text)
    const texts =
      preset.provider === 'kinbox'
        ? { message: keptMessage ? mine : (preset.mapping.message ?? mine) }
        : { voicemail: keptVoicemail ? myVoicemail : presetVoicemail }
    // The preset is of the campaign's provider: found for it, or a follow-up's (chosen first).
    edit({
      ...draft,
      ...texts,
      applied: {
        name: preset.name,
        missing: missingColumns,
        auto,
        ...(campaign && { campaign }),
        ...(keptMessage && { keptMessage }),
        ...(keptVoicemail && { keptVoicemail })
      },
      suggestions: suggestionsFor(get().columns, { ...get(), ...draft })
    })
    syncCleaningColumns()
  }

  return {
    table: null,
    columns: [],
    loading: false,
    loadError: false,
    ...EMPTY_DRAFT,
    suggestions: [],
    message: '',
    voicemail: { enabled: false, text: '' },
    presets: [],
    presetError: null,
    applied: null,
    saved: null,
    previewTarget: { position: 0 },
    preview: null,
    check: null,
    columnWarning: null,

    async open(table) {
      const current = get().table
      if (current === table) {
        // Back from another step: Limpar may have excluded or fixed rows since.
        scheduleRefresh()
        return
      }
      const sameColumns = current?.columns.join('\u0000') === table.columns.join('\u0000')
      // (A summary without a reading id, as in tests, never counts as the same reading.)
      const sameRead = Boolean(current?.readId) && current?.readId === table.readId
      if (sameRead && sameColumns) {
        // The same rows laid out with other columns (here, in Importar, or undone in Limpar):
        // the mapping stays; phone and DDD show what cleaning uses, and so does the name
        // unless the user chose another one here.
        set({
          table,
          phone: table.phoneColumn,
          ddd: table.dddColumn,
          ...(get().name === current.nameColumn && { name: table.nameColumn })
        })
        scheduleRefresh()
        return
      }
      columnGeneration++
      cancelRefresh()
      set({
        table,
        loading: true,
        loadError: false,
        preview: null,
        check: null,
        columnWarning: null,
        applied: null,
        previewTarget: { position: 0 }
      })
      const worker = currentWorker()
      try {
        const [result, stored] = await Promise.all([
          worker ? worker.call('mapColumns', {}) : Promise.resolve({ columns: [] }),
          api('listPresets', {}).catch(() => [])
        ])
        if (get().table !== table) return
        const presets = parsePresets(stored)
        const { columns } = result
        const headers = columns.map((column) => column.header)
        set({ columns, presets, loading: false })
        const previous = carried
        carried = null
        if (previous) {
          applyPresetNow(previous, false, true)
          return
        }
        const preset = findPresetFor(headers, presets, currentProvider()) as SavedPreset | null
        if (preset) {
          applyPresetNow(preset, true)
          return
        }
        const draft = initialDraft(columns, table)
        edit({ ...draft, suggestions: suggestionsFor(columns, draft) })
        syncCleaningColumns()
      } catch {
        if (get().table === table) set({ loading: false, loadError: true })
      }
    },

    providerChanged() {
      edit({ applied: null })
    },

    confirmColumns() {
      if (get().columnWarning) syncCleaningColumns(true)
    },

    cancelColumns() {
      const { table } = get()
      columnGeneration++
      set({ columnWarning: null })
      if (table) edit({ phone: table.phoneColumn, ddd: table.dddColumn })
    },

    setPhone(phone) {
      const { ddd } = get()
      // A DDD column only makes sense right beside the phone.
      const keepDdd = ddd !== null && phone !== null && Math.abs(ddd - phone) === 1
      noDdd = false
      edit({ phone, ddd: keepDdd ? ddd : null })
      syncCleaningColumns()
    },
    setDdd(ddd) {
      noDdd = ddd === null
      edit({ ddd })
      syncCleaningColumns()
    },
    setName: (name) => edit({ name }),

    addVariable(column) {
      const { variables, columns } = get()
      const header = column === undefined ? '' : (columns[column]?.header ?? '')
      const key = suggestVariableKey(
        header || 'variavel',
        variables.map((v) => v.key)
      )
      const variable: DraftVariable = {
        id: newVariableId(),
        key,
        column: column ?? null,
        transform: null,
        empty: { kind: 'default', value: '' }
      }
      edit({ variables: [...variables, variable] })
    },

    updateVariable(id, patch) {
      const variables = get().variables.map((variable) => {
        if (variable.id !== id) return variable
        const next = { ...variable, ...patch }
        // A new column with the untouched suggested key gets the new column's suggestion.
        if (patch.column !== undefined && patch.column !== null && patch.key === undefined) {
          const others = get()
            .variables.filter((v) => v.id !== id)
            .map((v) => v.key)
          const oldHeader =
            variable.column === null ? 'variavel' : (get().columns[variable.column]?.header ?? '')
          if (variable.key === suggestVariableKey(oldHeader, others)) {
            next.key = suggestVariableKey(get().columns[patch.column]?.header ?? '', others)
          }
        }
        return next
      })
      edit({ variables })
    },

    removeVariable(id) {
      edit({ variables: get().variables.filter((variable) => variable.id !== id) })
    },

    moveVariable(id, delta) {
      const variables = [...get().variables]
      const from = variables.findIndex((variable) => variable.id === id)
      const to = from + delta
      const moved = variables[from]
      if (from < 0 || to < 0 || to >= variables.length || !moved) return
      variables.splice(from, 1)
      variables.splice(to, 0, moved)
      edit({ variables })
    },

    acceptSuggestion(id) {
      const suggestion = get().suggestions.find((s) => s.id === id)
      if (!suggestion) return
      const rest = get().suggestions.filter((s) => s.id !== id)
      if (suggestion.target === 'phone') {
        set({ suggestions: rest })
        get().setPhone(suggestion.column)
        return
      }
      if (suggestion.target === 'ddd') {
        set({ suggestions: rest })
        get().setDdd(suggestion.column)
        return
      }
      const variables = get().variables
      if (suggestion.target === 'name') set({ name: suggestion.column })
      if (variables.some((v) => v.column === suggestion.column)) {
        edit({ suggestions: rest })
        return
      }
      const variable: DraftVariable = {
        id: newVariableId(),
        key: suggestVariableKey(
          suggestion.key,
          variables.map((v) => v.key)
        ),
        column: suggestion.column,
        transform: suggestion.transform,
        empty: { kind: 'default', value: '' }
      }
      edit({ suggestions: rest, variables: [...variables, variable] })
    },

    dismissSuggestion(id) {
      set({ suggestions: get().suggestions.filter((s) => s.id !== id) })
    },

    setMessage: (message) => edit({ message }),
    setVoicemail: (patch) => edit({ voicemail: { ...get().voicemail, ...patch } }),

    async savePreset(name) {
      const state = get()
      const provider = currentProvider()
      const mapping = toMapping({ ...state, provider })
      if (!mapping) return false
      const headers = state.columns.map((column) => column.header)
      const preset = makePreset(name.trim(), mapping, headers)
      const texts =
        provider === 'kinbox'
          ? { message: state.message }
          : state.voicemail.enabled
            ? { voicemail: state.voicemail.text }
            : {}
      try {
        const stored = await api('savePreset', toStored(preset, texts))
        set({
          presets: parsePresets(stored),
          presetError: null,
          saved: preset.name,
          applied: { name: preset.name, missing: [], auto: false }
        })
        return true
      } catch (error) {
        set({ presetError: error instanceof ApiError ? error : new ApiError('internal_error') })
        return false
      }
    },

    async deletePreset(name) {
      try {
        const stored = await api('deletePreset', { name, provider: currentProvider() })
        set({ presets: parsePresets(stored), presetError: null })
      } catch (error) {
        set({ presetError: error instanceof ApiError ? error : new ApiError('internal_error') })
      }
    },

    applySavedPreset(name) {
      const provider = currentProvider()
      const preset = get().presets.find((p) => p.name === name && p.provider === provider)
      if (preset) applyPresetNow(preset, false)
    },

    carryIntoNextTable(choices) {
      carried = choices
    },

    showRow(target) {
      set({ previewTarget: target })
      // Nothing is being typed: show the row at once.
      scheduleRefresh(0)
    }
  }
})

/** What the steps after Mapear read: the mapping and the texts; null until the phone is set. */
export function mapOutput(): {
  mapping: Mapping
  message: string
  voicemail: string | null
} | null {
  const state = useMap.getState()
  const mapping = toMapping({ ...state, provider: currentProvider() })
  if (!mapping) return null
  return {
    mapping,
    message: state.message,
    voicemail: state.voicemail.enabled ? state.voicemail.text : null
  }
}

/** Presets of the current provider, and whether each fits this file's headers. */
export function presetsOf(
  presets: readonly SavedPreset[],
  provider: Provider,
  columns: readonly MapColumn[]
): { preset: SavedPreset; fits: boolean }[] {
  const signature = headerSignature(columns.map((column) => column.header))
  return presets
    .filter((preset) => preset.provider === provider)
    .map((preset) => ({ preset, fits: preset.headerSignature === signature }))
}
