import {
  cleanPersonName,
  integraRecipient,
  type IntegraRecipient,
  type Mapping,
  type RecipientIssue
} from '../mapping'
import { partName } from '../providers/integra/decisions'
import {
  INTEGRA_DEFAULT_MAX_CONCURRENT,
  INTEGRA_MAX_RECIPIENTS,
  INTEGRA_VALUE_MAX_LENGTH
} from '../providers/integra/schemas'
import { DEFAULT_CALLING_WINDOW, scheduleCalls, type ScheduledCalls } from '../timing/callingWindow'
import { formatInstant } from '../timing/zone'
import { integraBodySchema } from './integraBodySchema'
import { PROBLEM_ROWS_MAX, type LaunchProblem } from './problems'
import type { SelectedRows } from './requiredVariables'
import { bodyProblems } from './settings'
import type { IntegraLaunchPart, IntegraLaunchSettings } from './types'
import { perText } from './valueCache'
import { launchWarning } from './warnings'

export interface IntegraParts {
  parts: IntegraLaunchPart[]
  warnings: string[]
}

/**
 * Integra: parts of at most 10,000 recipients, each started inside the calling window when
 * the one before is expected to end; every body checked with IntegraCreateCampaign.
 */
export function planIntegra(
  name: string,
  selected: Pick<SelectedRows, 'rows' | 'values'>,
  mapping: Mapping,
  start: number,
  settings: IntegraLaunchSettings
): { ok: true; value: IntegraParts } | { ok: false; problems: LaunchProblem[] } {
  const { rows } = selected
  const built = recipientsOf(selected, mapping)
  const tooLong = tooLongProblems(built)
  if (tooLong.length > 0) return { ok: false, problems: tooLong }

  const window = settings.callingWindow ?? DEFAULT_CALLING_WINDOW
  const sizes = partSizes(rows.length)
  const maxConcurrent = settings.config?.max_concurrent ?? INTEGRA_DEFAULT_MAX_CONCURRENT
  const durations = sizes.map((n) => Math.ceil(n / maxConcurrent) * settings.averageCallSeconds)
  const schedule = scheduleCalls(window, start, durations)
  if (!schedule.ok) {
    return {
      ok: false,
      problems: [
        schedule.error === 'no_open_hours'
          ? { code: 'no_open_hours', provider: 'integra' }
          : { code: 'invalid_time_zone', timeZone: window.timeZone }
      ]
    }
  }

  const bodySchema = integraBodySchema(mapping.variables.map((variable) => variable.key))
  const parts: IntegraLaunchPart[] = []
  const problems: LaunchProblem[] = []
  let first = 0
  sizes.forEach((size, k) => {
    const timing = schedule.parts[k] as ScheduledCalls
    const part = k + 1
    const scheduledAt = formatInstant(timing.startAt, window.timeZone)
    const body = {
      name: partName(name, part, sizes.length),
      project_id: settings.project_id,
      agent_id: settings.agent_id,
      phone_number_id: settings.phone_number_id,
      scheduled_at: scheduledAt,
      recipients: built.recipients.slice(first, first + size),
      ...(settings.config && { config: settings.config })
    }
    const checked = bodySchema.safeParse(body)
    if (!checked.success) problems.push(...bodyProblems(part, checked.error))
    parts.push({
      part,
      name: body.name,
      rows: rows.slice(first, first + size).map((row) => row.row),
      scheduledAt,
      expectedEndAt: formatInstant(timing.endAt, window.timeZone),
      warnings: timing.runsPastWindow ? [launchWarning('part_runs_past_window', part)] : [],
      body
    })
    first += size
  })
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, value: { parts, warnings: planWarnings(parts, schedule.parts, built) } }
}

interface IntegraRecipients {
  recipients: IntegraRecipient[]
  issues: RecipientIssue[]
}

/** mapping/integra's recipient for each row, from the values the row selection computed. */
function recipientsOf(
  selected: Pick<SelectedRows, 'rows' | 'values'>,
  mapping: Mapping
): IntegraRecipients {
  const issues: RecipientIssue[] = []
  // Names repeat in real exports and cleaning one is costly: the same rule, per cell text.
  const nameOf = perText(cleanPersonName)
  const nameColumn = mapping.name?.column
  const recipients = selected.rows.map((row, i) =>
    integraRecipient(
      row,
      mapping,
      selected.values[i] ?? [],
      issues,
      nameColumn === undefined ? '' : nameOf(row.cell(nameColumn))
    )
  )
  return { recipients, issues }
}

/** Full parts of 10,000, the rest in the last (as the Agendar preview shows them). */
function partSizes(n: number): number[] {
  const sizes: number[] = []
  for (let first = 0; first < n; first += INTEGRA_MAX_RECIPIENTS) {
    sizes.push(Math.min(INTEGRA_MAX_RECIPIENTS, n - first))
  }
  return sizes
}

function tooLongProblems(built: IntegraRecipients): LaunchProblem[] {
  const byKey = new Map<string, number[]>()
  for (const issue of built.issues) {
    if (issue.code !== 'value_too_long') continue
    const rows = byKey.get(issue.key) ?? []
    rows.push(issue.row)
    byKey.set(issue.key, rows)
  }
  return [...byKey].map(([key, rows]) => ({
    code: 'value_too_long',
    key,
    maxLength: INTEGRA_VALUE_MAX_LENGTH,
    count: rows.length,
    rows: rows.slice(0, PROBLEM_ROWS_MAX)
  }))
}

function planWarnings(
  parts: readonly IntegraLaunchPart[],
  timings: readonly ScheduledCalls[],
  built: IntegraRecipients
): string[] {
  const warnings: string[] = []
  if (timings[0]?.movedToOpening) warnings.push(launchWarning('start_moved_to_window'))
  for (const part of parts) warnings.push(...part.warnings)
  const keys = (code: 'empty_value' | 'transform_failed'): Set<string> =>
    new Set(built.issues.filter((i) => i.code === code).map((i) => i.key))
  for (const key of keys('empty_value')) warnings.push(launchWarning('empty_variable', key))
  for (const key of keys('transform_failed')) warnings.push(launchWarning('transform_failed', key))
  return warnings
}
