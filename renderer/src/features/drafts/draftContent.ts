import {
  DRAFT_STEPS,
  MAX_DRAFT_VARIABLES,
  type DraftContent,
  type DraftLimpar,
  type DraftMapping,
  type DraftSchedule,
  type DraftSource,
  type DraftStep
} from '../../../../shared/ipc/drafts'
import type { Provider } from '../../../../shared/providers/provider'
import type { ImportSettings } from '../../worker/protocol'
import type { DraftVariable as MapVariable } from '../map/draft'
import type { ScheduleForm } from '../schedule/formModel'

/**
 * A draft is plain data read from the stores (drafts/autosave.ts) and given back to them through
 * their own actions (drafts/restoreDraft.ts). This module only converts, both ways: no store,
 * no worker, no IPC, so it is tested on its own.
 */

/** What the autosave read from the stores and the worker at one moment. */
export interface DraftInputs {
  source: DraftSource
  importSettings: ImportSettings
  /** Null before the worker has cleaned the list. */
  limpar: DraftLimpar | null
  /** Mapear's columns and variables; null while Mapear never opened this table. */
  mapping: {
    phone: number | null
    ddd: number | null
    name: number | null
    variables: readonly MapVariable[]
  } | null
  message: string
  voicemail: { enabled: boolean; text: string }
  /** Agendar's form; null while the user has not been there. */
  schedule: ScheduleForm | null
  provider: Provider
  campaignName: string
  stepReached: DraftStep
  leadsCount: number | null
}

const cut = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text)

const CLOCK = /^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$|^24:00(:00)?$/
/** A time the user is still typing ('9:') is saved as not typed yet: main refuses half times. */
const clock = (text: string): string => (CLOCK.test(text.trim()) ? text.trim() : '')

function scheduleOf(form: ScheduleForm): DraftSchedule {
  const editor = Object.fromEntries(
    Object.entries(form.editor).map(([day, value]) => [
      day,
      {
        active: value.active,
        intervals: value.intervals
          .slice(0, 24)
          .map((interval) => ({ open: clock(interval.open), close: clock(interval.close) }))
      }
    ])
  ) as DraftSchedule['editor']
  return {
    leadsText: cut(form.leadsText, 32),
    startMode: form.startMode,
    startLocal: cut(form.startLocal, 32),
    chunkSizeText: cut(form.chunkSizeText, 32),
    messageGapText: cut(form.messageGapText, 32),
    chunkGapText: cut(form.chunkGapText, 32),
    timeZone: cut(form.timeZone, 64),
    hoursSource: form.hoursSource,
    selectedSetId: form.selectedSetId === null ? null : cut(form.selectedSetId, 200),
    editor,
    tier: form.tier,
    maxConcurrentText: cut(form.maxConcurrentText, 32),
    averageCallText: cut(form.averageCallText, 32),
    integraSequential: form.integraSequential
  }
}

function mappingOf(inputs: DraftInputs): DraftMapping | null {
  const mapping = inputs.mapping
  if (!mapping) return null
  return {
    provider: inputs.provider,
    phone: mapping.phone,
    ddd: mapping.ddd,
    name: mapping.name,
    variables: mapping.variables.slice(0, MAX_DRAFT_VARIABLES).map((variable) => ({
      key: cut(variable.key, 200),
      column: variable.column,
      transform: variable.transform,
      empty:
        variable.empty.kind === 'default'
          ? { kind: 'default', value: cut(variable.empty.value, 2_000) }
          : variable.empty
    }))
  }
}

/** The draft main saves for what the stores hold now. */
export function buildDraftContent(inputs: DraftInputs): DraftContent {
  const { importSettings: settings, limpar } = inputs
  const columns: DraftContent['columns'] = {}
  for (const role of ['phone', 'ddd', 'name'] as const) {
    const header = settings.columns?.[role]
    if (header !== undefined) columns[role] = cut(header, 1_000)
  }
  const ddd = limpar?.defaultDdd ?? null
  return {
    source: inputs.source,
    sheet: settings.sheet === undefined ? null : cut(settings.sheet, 255),
    headerRow: settings.headerRow ?? null,
    columns,
    cellEdits: limpar?.cellEdits ?? {},
    exclusions: limpar?.exclusions ?? [],
    fieldCountConfirmations: limpar?.fieldCountConfirmations ?? [],
    nationwideConfirmed: limpar?.nationwideConfirmed ?? false,
    defaultDdd: ddd !== null && /^\d{2}$/.test(ddd) ? ddd : null,
    keep: limpar?.keep ?? 'first',
    mapping: mappingOf(inputs),
    message: cut(inputs.message, 20_000),
    voicemail: { enabled: inputs.voicemail.enabled, text: cut(inputs.voicemail.text, 2_000) },
    schedule: inputs.schedule ? scheduleOf(inputs.schedule) : null,
    provider: inputs.provider,
    account: null,
    campaignName: cut(inputs.campaignName, 200),
    stepReached: inputs.stepReached,
    leadsCount: inputs.leadsCount
  }
}

/** The furthest of two steps (a draft remembers how far the user got, not where they are). */
export function furthestStep(a: DraftStep, b: DraftStep): DraftStep {
  return DRAFT_STEPS.indexOf(a) >= DRAFT_STEPS.indexOf(b) ? a : b
}

/** How the file is read again: the sheet, header row and columns the user chose. */
export function importSettingsOf(draft: DraftContent): ImportSettings {
  const columns = { ...draft.columns }
  return {
    ...(draft.sheet !== null && { sheet: draft.sheet }),
    ...(draft.headerRow !== null && { headerRow: draft.headerRow }),
    ...(Object.keys(columns).length > 0 && { columns })
  }
}

/** Limpar's part of a draft, as the worker puts it back. */
export function limparOf(draft: DraftContent): DraftLimpar {
  return {
    cellEdits: draft.cellEdits,
    exclusions: draft.exclusions,
    fieldCountConfirmations: draft.fieldCountConfirmations,
    nationwideConfirmed: draft.nationwideConfirmed,
    defaultDdd: draft.defaultDdd,
    keep: draft.keep
  }
}

/** Limpar's part has anything the user did (else the fresh clean is already right). */
export function hasLimparWork(limpar: DraftLimpar): boolean {
  return (
    Object.keys(limpar.cellEdits).length > 0 ||
    limpar.exclusions.length > 0 ||
    limpar.fieldCountConfirmations.length > 0 ||
    limpar.nationwideConfirmed ||
    limpar.defaultDdd !== null ||
    limpar.keep !== 'first'
  )
}

/**
 * Each store's own actions, in the order a restore calls them (restoreDraft.ts gives the real
 * ones; the unit tests give recorders).
 */
export interface RestoreSteps {
  chooseProvider(provider: Provider): void
  /**
   * Reads the file as Importar does, cleaned once with the list's default DDD and duplicate
   * choice; false when it failed.
   */
  importFile(
    name: string,
    bytes: Uint8Array,
    settings: ImportSettings,
    list: { defaultDdd: string | null; keep: 'first' | 'last' }
  ): Promise<boolean>
  applyLimpar(limpar: DraftLimpar): Promise<void>
  applyMapping(mapping: DraftMapping): Promise<void>
  setMessage(message: string): void
  setVoicemail(voicemail: { enabled: boolean; text: string }): void
  setSchedule(schedule: DraftSchedule): void
  setCampaignName(name: string): void
  goTo(step: DraftStep): void
}

/** Puts a draft back through the stores' own actions; false when the file could not be read. */
export async function restoreDraftContent(
  draft: DraftContent,
  source: { name: string; bytes: Uint8Array },
  steps: RestoreSteps
): Promise<boolean> {
  // The provider first: cleaning checks the rows for it as the file is read.
  steps.chooseProvider(draft.provider)
  const list = { defaultDdd: draft.defaultDdd, keep: draft.keep }
  if (!(await steps.importFile(source.name, source.bytes, importSettingsOf(draft), list)))
    return false
  const limpar = limparOf(draft)
  if (hasLimparWork(limpar)) await steps.applyLimpar(limpar)
  if (draft.mapping) await steps.applyMapping(draft.mapping)
  if (draft.message !== '') steps.setMessage(draft.message)
  if (draft.voicemail.enabled || draft.voicemail.text !== '') steps.setVoicemail(draft.voicemail)
  if (draft.schedule) steps.setSchedule(draft.schedule)
  if (draft.campaignName !== '') steps.setCampaignName(draft.campaignName)
  steps.goTo(draft.stepReached)
  return true
}
