import { z } from 'zod'
import type { Mapping, MappingRow } from '../mapping'
import { placeholderKeys } from '../mapping/placeholders'
import { DEFAULT_TIME_ZONE } from '../timing/zone'
import { planIntegra } from './integraPlan'
import { planKinbox } from './kinboxPlan'
import { LaunchProblem } from './problems'
import { selectRows, type SelectedRows } from './requiredVariables'
import { parseSettings } from './settings'
import {
  EXCLUSION_REASONS,
  IntegraLaunchSettings,
  KinboxLaunchSettings,
  LaunchPlan,
  type ExcludedCounts,
  type ExclusionReason,
  type LaunchProvider,
  type LaunchSource
} from './types'

/** What a launch is built from; the same for the app's worker and `leadprep launch`. */
export interface LaunchInput {
  provider: LaunchProvider
  /** The campaign's name; Integra parts get ` (k/n)` after it. */
  name: string
  /** The lead file's name (no path). */
  sourceFile: string
  /** The launchable rows (see collectLaunchRows), in file order. */
  rows: readonly MappingRow[]
  /** What the caller already left out, by reason (collectLaunchRows counts them). */
  excluded: ExcludedCounts
  mapping: Mapping
  /** The first part's start (epoch ms). */
  start: number
  /** Parsed here with IntegraLaunchSettings (defaults applied); required for Integra. */
  integra?: z.input<typeof IntegraLaunchSettings>
  /** Parsed here with KinboxLaunchSettings; required for Kinbox. */
  kinbox?: z.input<typeof KinboxLaunchSettings>
  /**
   * The file's headers. Given, the plan carries `source` (each launched row's cells, the
   * mapping, the text and the schedule) for Campanhas' export and follow-up.
   */
  columns?: readonly string[]
}

export const LaunchPlanResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), plan: LaunchPlan }),
  z.object({ ok: z.literal(false), problems: z.array(LaunchProblem) })
])
export type LaunchPlanResult = z.infer<typeof LaunchPlanResult>

/**
 * The launch plan: its parts, each with the exact request body (validated with the
 * provider's schema), and what was excluded and why. `recipients` + the sum of `excluded`
 * accounts for every row the caller started from. Pure: problems are returned, not thrown.
 */
export function buildLaunchPlan(input: LaunchInput): LaunchPlanResult {
  const problems = commonProblems(input)
  if (problems.length > 0) return { ok: false, problems }
  return input.provider === 'integra' ? integraPlan(input) : kinboxPlan(input)
}

function commonProblems(input: LaunchInput): LaunchProblem[] {
  const problems: LaunchProblem[] = []
  if (input.name.trim() === '') problems.push({ code: 'empty_name' })
  if (!Number.isFinite(input.start)) problems.push({ code: 'invalid_start' })
  if (input.mapping.provider !== input.provider) {
    problems.push({
      code: 'mapping_provider_mismatch',
      provider: input.provider,
      mapping: input.mapping.provider
    })
  }
  return problems
}

// Whole seconds: every time in a body reads `…T09:00:00-03:00`, never fractions.
const startOf = (input: LaunchInput): number => Math.ceil(input.start / 1000) * 1000

function integraPlan(input: LaunchInput): LaunchPlanResult {
  const parsed = parseSettings(IntegraLaunchSettings, 'integra', input.integra)
  if (!parsed.ok) return parsed
  const required = new Set(input.mapping.variables.map((variable) => variable.key))
  const split = splitRows(input, required)
  if (split.rows.length === 0) return { ok: false, problems: [{ code: 'no_launchable_rows' }] }
  const name = input.name.trim()
  const built = planIntegra(name, split, input.mapping, startOf(input), parsed.settings)
  if (!built.ok) return built
  const plan: LaunchPlan = {
    version: 1,
    provider: 'integra',
    name,
    sourceFile: input.sourceFile,
    recipients: split.rows.length,
    excluded: split.excluded,
    warnings: built.value.warnings,
    parts: built.value.parts,
    ...sourceOf(input, split.rows, {
      text:
        parsed.settings.config?.voicemail_mode === 'tts'
          ? (parsed.settings.config.voicemail_tts_message ?? null)
          : null,
      schedule: {
        timeZone: parsed.settings.callingWindow?.timeZone ?? DEFAULT_TIME_ZONE,
        ...(parsed.settings.config?.max_concurrent !== undefined && {
          maxConcurrent: parsed.settings.config.max_concurrent
        }),
        averageCallSeconds: parsed.settings.averageCallSeconds
      }
    })
  }
  return { ok: true, plan }
}

function kinboxPlan(input: LaunchInput): LaunchPlanResult {
  if (input.kinbox !== undefined && input.kinbox.message.trim() === '') {
    return { ok: false, problems: [{ code: 'empty_message' }] }
  }
  const parsed = parseSettings(KinboxLaunchSettings, 'kinbox', input.kinbox)
  if (!parsed.ok) return parsed
  const required = new Set(placeholderKeys(parsed.settings.message))
  const split = splitRows(input, required)
  if (split.rows.length === 0) return { ok: false, problems: [{ code: 'no_launchable_rows' }] }
  const name = input.name.trim()
  const built = planKinbox(name, split, input.mapping, startOf(input), parsed.settings)
  if (!built.ok) return built
  const plan: LaunchPlan = {
    version: 1,
    provider: 'kinbox',
    name,
    sourceFile: input.sourceFile,
    recipients: split.rows.length,
    excluded: split.excluded,
    warnings: built.value.warnings,
    parts: [built.value.part],
    leadsFile: built.value.leadsFile,
    leadsFileTarget: parsed.settings.leadsFile,
    ...sourceOf(input, split.rows, {
      text: parsed.settings.message,
      schedule: {
        timeZone: parsed.settings.timeZone,
        chunkSize: parsed.settings.chunkSize,
        secondsBetweenMessages: parsed.settings.secondsBetweenMessages,
        secondsBetweenChunks: parsed.settings.secondsBetweenChunks,
        ...(parsed.settings.businessHours && { businessHours: parsed.settings.businessHours })
      }
    })
  }
  return { ok: true, plan }
}

/** The launched rows' own cells and the choices they were sent with (when `columns` is given). */
function sourceOf(
  input: LaunchInput,
  rows: readonly MappingRow[],
  choices: Pick<LaunchSource, 'text' | 'schedule'>
): { source?: LaunchSource } {
  const columns = input.columns
  if (columns === undefined) return {}
  const leads = rows.map((row) => ({
    row: row.row,
    cells: columns.map((_, column) => row.cell(column))
  }))
  return { source: { columns: [...columns], leads, mapping: input.mapping, ...choices } }
}

/** Applies "não enviar a linha" and totals every exclusion (each reason present, 0 if none). */
function splitRows(
  input: LaunchInput,
  required: ReadonlySet<string>
): SelectedRows & { excluded: Record<ExclusionReason, number> } {
  const selected = selectRows(input.rows, input.mapping, required)
  const excluded = Object.fromEntries(
    EXCLUSION_REASONS.map((reason) => [reason, input.excluded[reason] ?? 0])
  ) as Record<ExclusionReason, number>
  excluded.empty_required_variable += selected.skipped
  return { ...selected, excluded }
}
