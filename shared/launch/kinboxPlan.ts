import { kinboxLeadHeader, kinboxLeadRow, placeholderKeys, type Mapping } from '../mapping'
import {
  LEAD_TYPE,
  NORMALIZE_BRAZIL_PHONE_NUMBERS,
  toKinboxMessage
} from '../providers/kinbox/decisions'
import { planCampaign } from '../timing/plan'
import type { CampaignInput } from '../timing/types'
import { planWarnings } from '../timing/warnings'
import { formatInstant } from '../timing/zone'
import type { LaunchProblem } from './problems'
import type { SelectedRows } from './requiredVariables'
import { bodyProblems } from './settings'
import { KinboxLaunchPart, type KinboxLaunchSettings, type KinboxLeadsFile } from './types'
import { launchWarning } from './warnings'

export interface KinboxParts {
  part: KinboxLaunchPart
  leadsFile: KinboxLeadsFile
  warnings: string[]
}

const KinboxPartBody = KinboxLaunchPart.shape.body

/**
 * Kinbox: one campaign over the leads file. `chunksCount` and `finishedAtPrediction` come
 * from the timing model with the account's business hours when given; `leadsAssetUrl` is
 * main's to add once the file is hosted.
 */
export function planKinbox(
  name: string,
  selected: Pick<SelectedRows, 'rows' | 'values'>,
  mapping: Mapping,
  start: number,
  settings: KinboxLaunchSettings
): { ok: true; value: KinboxParts } | { ok: false; problems: LaunchProblem[] } {
  const { rows } = selected
  const timingInput: CampaignInput = {
    n: rows.length,
    chunkSize: settings.chunkSize,
    secondsBetweenMessages: settings.secondsBetweenMessages,
    secondsBetweenChunks: settings.secondsBetweenChunks,
    start,
    ...(settings.businessHours && { hours: settings.businessHours }),
    timeZone: settings.timeZone
  }
  const timing = planCampaign(timingInput)
  if (!timing.ok) return { ok: false, problems: [timingProblem(timing.error, settings)] }
  const { plan } = timing
  const zone = settings.timeZone
  const scheduledTo = formatInstant(start, zone)
  const finishedAt = plan.finishedAt === null ? null : formatInstant(plan.finishedAt, zone)
  const keys = mapping.variables.map((variable) => variable.key)
  const message = toKinboxMessage(settings.message, keys)
  const body = {
    name,
    channelId: settings.channelId,
    channelType: settings.channelType,
    ...(settings.operatorName !== undefined && { operatorName: settings.operatorName }),
    ...(settings.businessHoursId !== undefined && { businessHoursId: settings.businessHoursId }),
    leadType: LEAD_TYPE,
    normalizeBrazilPhoneNumbers: NORMALIZE_BRAZIL_PHONE_NUMBERS,
    scheduledTo,
    originalScheduledTo: scheduledTo,
    ...(finishedAt !== null && { finishedAtPrediction: finishedAt }),
    message,
    textRaw: message,
    chunksCount: plan.chunksCount,
    chunkSize: settings.chunkSize,
    secondsBetweenMessages: settings.secondsBetweenMessages,
    secondsBetweenChunks: settings.secondsBetweenChunks
  }
  const checked = KinboxPartBody.safeParse(body)
  if (!checked.success) return { ok: false, problems: bodyProblems(1, checked.error) }

  const timingWarnings = planWarnings(plan, timingInput, { now: start }).flatMap((w) =>
    w.code === 'crosses_holiday'
      ? [launchWarning('crosses_holiday', w.date)]
      : w.code === 'finish_far'
        ? [launchWarning('finish_far')]
        : []
  )
  const part: KinboxLaunchPart = {
    part: 1,
    name,
    rows: rows.map((row) => row.row),
    scheduledAt: scheduledTo,
    expectedEndAt: finishedAt,
    warnings: timingWarnings,
    body
  }
  // mapping/kinbox's layout (buildKinboxLeadRows), from the values already computed.
  const leadsFile: KinboxLeadsFile = {
    header: kinboxLeadHeader(mapping),
    rows: rows.map((row, i) => kinboxLeadRow(row, selected.values[i] ?? []))
  }
  return {
    ok: true,
    value: {
      part,
      leadsFile,
      warnings: [...messageWarnings(settings.message, mapping), ...timingWarnings]
    }
  }
}

function timingProblem(
  error: { code: 'no_open_hours' } | { code: 'invalid_input'; field: string },
  settings: KinboxLaunchSettings
): LaunchProblem {
  if (error.code === 'no_open_hours') return { code: 'no_open_hours', provider: 'kinbox' }
  if (error.field === 'timeZone') return { code: 'invalid_time_zone', timeZone: settings.timeZone }
  if (error.field === 'start') return { code: 'invalid_start' }
  return { code: 'invalid_settings', provider: 'kinbox', field: error.field, message: error.code }
}

/** Placeholders no variable fills, and "não enviar" rules the message never triggers. */
function messageWarnings(text: string, mapping: Mapping): string[] {
  const used = new Set(placeholderKeys(text))
  const mapped = new Set(mapping.variables.map((variable) => variable.key))
  const warnings = [...used]
    .filter((key) => !mapped.has(key))
    .map((key) => launchWarning('unknown_placeholder', key))
  for (const variable of mapping.variables) {
    if (variable.empty.kind === 'skipRow' && !used.has(variable.key)) {
      warnings.push(launchWarning('skip_rule_unused', variable.key))
    }
  }
  return warnings
}
