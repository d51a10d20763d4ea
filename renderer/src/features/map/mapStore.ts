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
import type { MapCheck, MapColumn, MapPreview, PreviewTarget } from '../../worker/mapProtocol'
import type { TableSummary } from '../../worker/protocol'
import { useImport } from '../import/importStore'
import { currentWorker } from '../import/leadWorkerHost'
import type { DraftMapping, DraftVariable } from './draft'
import { fromMapping, newVariableId, toMapping } from './draft'
import { initialDraft, suggestionsFor, type Suggestion } from './matching'
import { parsePresets, toStored, type SavedPreset } from './presetStorage'

export type AppliedPreset = { name: string; missing: string[]; auto: boolean }

interface MapState extends DraftMapping {
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

  open(table: TableSummary): Promise<void>
  setProvider(provider: Provider): void
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
  showRow(target: PreviewTarget): void
}

const EMPTY_DRAFT: Omit<DraftMapping, 'provider'> = {
  phone: null,
  ddd: null,
  name: null,
  variables: []
}

/** The table's next summary comes from our own re-clean: keep the mapping. */
let keepOnNextTable = false
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
export function textOf(state: Pick<MapState, 'provider' | 'message' | 'voicemail'>): string {
  if (state.provider === 'kinbox') return state.message
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
    const mapping = toMapping(state)
    if (!worker || !mapping) {
      set({ preview: null, check: null })
      return
    }
    const text = textOf(state)
    const integraSilent = state.provider === 'integra' && !state.voicemail.enabled
    try {
      const [preview, check] = await Promise.all([
        worker.call({ kind: 'mapPreview', mapping, text, target: state.previewTarget }),
        worker.call({
          kind: 'mapCheck',
          mapping,
          text: integraSilent ? null : text,
          ...(state.provider === 'integra' && { maxLength: INTEGRA_TTS_MAX_LENGTH })
        })
      ])
      // The requested row is the user's: a result only ever sets the preview it was computed for.
      if (mine === generation) set({ preview, check })
    } catch {
      if (mine === generation) set({ preview: null, check: null })
    }
  }

  /** Cleaning reads the phone (and DDD) column chosen at import: keep both the same. */
  function syncCleaningColumns(): void {
    const { table, phone, ddd } = get()
    if (!table || phone === null) return
    if (phone === table.phoneColumn && ddd === table.dddColumn) return
    const imports = useImport.getState()
    const columns = { ...imports.settings.columns, phone: table.columns[phone] ?? '' }
    // No DDD named: the reader pairs one by itself when it sits beside the phone.
    delete columns.ddd
    if (ddd !== null) columns.ddd = table.columns[ddd] ?? ''
    keepOnNextTable = true
    void imports.reimport({ columns }).then(() => {
      if (useImport.getState().table === table) keepOnNextTable = false
    })
  }

  function edit(patch: Partial<MapState>): void {
    set({ ...patch, saved: null })
    scheduleRefresh()
  }

  function applyPresetNow(preset: SavedPreset, auto: boolean): void {
    const headers = get().columns.map((column) => column.header)
    const { mapping, missingColumns } = applyPreset(preset, headers)
    const draft = mapping ? fromMapping(mapping) : { ...EMPTY_DRAFT, phone: get().phone }
    const texts =
      preset.provider === 'kinbox'
        ? { message: preset.mapping.message ?? get().message }
        : {
            voicemail: {
              enabled: (preset.mapping.voicemail ?? '') !== '',
              text: preset.mapping.voicemail ?? get().voicemail.text
            }
          }
    edit({
      ...draft,
      ...texts,
      provider: preset.provider,
      applied: { name: preset.name, missing: missingColumns, auto },
      suggestions: suggestionsFor(get().columns, { ...get(), ...draft })
    })
    syncCleaningColumns()
  }

  return {
    table: null,
    columns: [],
    loading: false,
    loadError: false,
    provider: 'kinbox',
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

    async open(table) {
      const current = get().table
      if (current === table) {
        // Back from another step: Limpar may have excluded or fixed rows since.
        scheduleRefresh()
        return
      }
      const sameColumns = current?.columns.join('\u0000') === table.columns.join('\u0000')
      if (keepOnNextTable && sameColumns) {
        keepOnNextTable = false
        // The reader may have paired a DDD column with the new phone: show what cleaning uses.
        set({ table, ...(get().phone === table.phoneColumn && { ddd: table.dddColumn }) })
        scheduleRefresh()
        return
      }
      keepOnNextTable = false
      cancelRefresh()
      set({
        table,
        loading: true,
        loadError: false,
        preview: null,
        check: null,
        applied: null,
        previewTarget: { position: 0 }
      })
      const worker = currentWorker()
      try {
        const [result, stored] = await Promise.all([
          worker ? worker.call({ kind: 'mapColumns' }) : Promise.resolve({ columns: [] }),
          api('listPresets', {}).catch(() => [])
        ])
        if (get().table !== table) return
        const presets = parsePresets(stored)
        const { columns } = result
        const headers = columns.map((column) => column.header)
        set({ columns, presets, loading: false })
        const preset = findPresetFor(headers, presets, get().provider) as SavedPreset | null
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

    setProvider(provider) {
      if (provider === get().provider) return
      edit({ provider, applied: null })
    },

    setPhone(phone) {
      const { ddd } = get()
      // A DDD column only makes sense right beside the phone.
      const keepDdd = ddd !== null && phone !== null && Math.abs(ddd - phone) === 1
      edit({ phone, ddd: keepDdd ? ddd : null })
      syncCleaningColumns()
    },
    setDdd(ddd) {
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
      const mapping = toMapping(state)
      if (!mapping) return false
      const headers = state.columns.map((column) => column.header)
      const preset = makePreset(name.trim(), mapping, headers)
      const texts =
        state.provider === 'kinbox'
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
        const stored = await api('deletePreset', { name, provider: get().provider })
        set({ presets: parsePresets(stored), presetError: null })
      } catch (error) {
        set({ presetError: error instanceof ApiError ? error : new ApiError('internal_error') })
      }
    },

    applySavedPreset(name) {
      const preset = get().presets.find((p) => p.name === name && p.provider === get().provider)
      if (preset) applyPresetNow(preset, false)
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
  const mapping = toMapping(state)
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
