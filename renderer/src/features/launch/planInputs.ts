import type { AccountsView } from '../../../../shared/ipc/accounts'
import type { BusinessHoursSet } from '../../../../shared/ipc/schemas'
import type { LaunchProvider } from '../../../../shared/launch/types'
import type { Mapping } from '../../../../shared/mapping'
import { DEFAULT_CALLING_HOURS } from '../../../../shared/timing'
import type { LaunchPlanRequest } from '../../worker/launch/launchProtocol'
import { toMapping, type DraftMapping } from '../map/draft'
import {
  buildCampaignInput,
  buildIntegraInput,
  type FieldProblems,
  type ScheduleForm
} from '../schedule/formModel'
import { integraAccountPart, kinboxAccountPart } from './accountSettings'

/**
 * Everything one launch plan is built from, gathered from the steps' own state: Mapear's
 * mapping and text, Agendar's form (checked with Agendar's own builders), Contas' settings
 * and the name typed here. Pure, so the review can key its rebuilds on the result.
 */
export interface PlanSources {
  provider: LaunchProvider
  name: string
  map: DraftMapping & { message: string; voicemail: { enabled: boolean; text: string } }
  schedule: { form: ScheduleForm; sets: readonly BusinessHoursSet[] }
  launchableCount: number | null
  accounts: AccountsView | null
  now: number
  /**
   * Simulation mode: the simulated account stands in for what Contas lacks, so the plan is
   * never a draft for want of a token, a bucket or an id (main runs it in the simulation).
   */
  simulation?: boolean
}

export type PlanRequest = LaunchPlanRequest

export type PlanInputs =
  | { ok: true; request: PlanRequest; draft: boolean; mapping: Mapping }
  /** What is missing before a plan can even be asked for; blockers.ts words it. */
  | { ok: false; mapping: Mapping | null; schedule: FieldProblems }

export function planInputs(sources: PlanSources): PlanInputs {
  const { provider, schedule } = sources
  const draftMap = { ...sources.map, provider }
  const mapping = toMapping(draftMap)
  // One form holds both providers' fields: Agendar's checks for this provider.
  const form = schedule.form
  const context = {
    launchableCount: sources.launchableCount,
    now: sources.now,
    sets: schedule.sets
  }
  if (provider === 'integra') {
    const checked = buildIntegraInput(form, context)
    if (!mapping || !checked.ok) {
      return { ok: false, mapping, schedule: checked.ok ? {} : checked.problems }
    }
    const account = integraAccountPart(sources.accounts)
    const voicemail = sources.map.voicemail
    const config = {
      ...account.settings.config,
      max_concurrent: checked.values.maxConcurrent,
      // Mapear decides the voicemail: its text read aloud, or hang up without one.
      ...(voicemail.enabled
        ? { voicemail_mode: 'tts' as const, voicemail_tts_message: voicemail.text }
        : { voicemail_mode: 'hangup' as const, voicemail_tts_message: undefined })
    }
    if (config.voicemail_tts_message === undefined) delete config.voicemail_tts_message
    return {
      ok: true,
      mapping,
      draft: account.draft && sources.simulation !== true,
      request: {
        provider,
        name: sources.name,
        mapping,
        start: checked.values.start,
        integra: {
          ...account.settings,
          config,
          averageCallSeconds: checked.values.averageCallSeconds,
          callingWindow: { hours: DEFAULT_CALLING_HOURS, timeZone: form.timeZone }
        }
      }
    }
  }
  const checked = buildCampaignInput(form, context)
  if (!mapping || !checked.ok) {
    return { ok: false, mapping, schedule: checked.ok ? {} : checked.problems }
  }
  const { input } = checked
  const account = kinboxAccountPart(sources.accounts)
  return {
    ok: true,
    mapping,
    draft: account.draft && sources.simulation !== true,
    request: {
      provider,
      name: sources.name,
      mapping,
      start: input.start,
      kinbox: {
        ...account.settings,
        message: sources.map.message,
        chunkSize: input.chunkSize,
        secondsBetweenMessages: input.secondsBetweenMessages,
        secondsBetweenChunks: input.secondsBetweenChunks,
        ...(input.hours && { businessHours: input.hours }),
        timeZone: input.timeZone
      }
    }
  }
}

/**
 * What a rebuild is keyed on: the request without the instant of "agora" (it moves every
 * millisecond; the plan takes the click's time instead, see launchStore.confirm).
 */
export function planKey(inputs: PlanInputs, startMode: ScheduleForm['startMode']): string {
  if (!inputs.ok) return JSON.stringify(inputs)
  const { start, ...rest } = inputs.request
  return JSON.stringify({ ...rest, start: startMode === 'now' ? 'now' : start, d: inputs.draft })
}
