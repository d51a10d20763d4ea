import type { StoreNotice } from '../../../../shared/ipc/schemas'
import type { LaunchProblem } from '../../../../shared/launch'
import type { LaunchProvider } from '../../../../shared/launch/types'
import type { MapCheck } from '../../worker/map/mapProtocol'
import type { DraftMapping } from '../map/draft'
import { mapProblems, type Problem } from '../map/problems'
import type { FieldProblems } from '../schedule/formModel'
import type { Screen } from '../shell/navigationStore'

/**
 * Why "Disparar" cannot fire yet, each with the screen where it is fixed. The checks are the
 * steps' own (Mapear's mapProblems, Agendar's form builders, Contas' `missing`, the plan
 * builder's problems); this module only orders them and says where to go.
 */
export interface Blocker {
  /** i18n key under `launch.` and its values. */
  key: string
  params?: Record<string, string | number>
  /** Where it is fixed; null: on this screen. */
  fix: Screen | null
  /** A stable id for tests and React keys. */
  id: string
}

export type BlockListNotice = Pick<StoreNotice, 'kept' | 'dropped' | 'unreadablePart'>

export interface BlockerSources {
  provider: LaunchProvider
  launchableCount: number | null
  blockListNeedsReview: boolean
  /** Main's notice for the damaged block list (what was kept and dropped), when it has one. */
  blockListNotice?: BlockListNotice | null
  accountMissing: readonly string[]
  map: DraftMapping & { message: string; voicemail: { enabled: boolean; text: string } }
  check: MapCheck | null
  schedule: FieldProblems
  planProblems: readonly LaunchProblem[]
}

/** The list first (0 leads is the list's fault, never the schedule's), then each step. */
export function launchBlockers(sources: BlockerSources): Blocker[] {
  const out: Blocker[] = [...listBlockers(sources)]
  if (sources.blockListNeedsReview) out.push(blockListBlocker(sources.blockListNotice ?? null))
  for (const item of sources.accountMissing) {
    out.push({ ...blocker(`blockers.account.${item}`, 'settings'), id: `account-${item}` })
  }
  out.push(...mappingBlockers(sources))
  for (const [field, code] of Object.entries(sources.schedule)) {
    // The lead count is the list's: already said above.
    if (field === 'leads' && sources.launchableCount !== null) continue
    out.push({
      key: 'blockers.schedule',
      params: { field, code },
      fix: 'schedule',
      id: `schedule-${field}`
    })
  }
  // 0 rows left: said once, by the list or by Mapear's required-variable check.
  const listSaid = out.some((b) => NOTHING_LEFT_IDS.has(b.id))
  for (const problem of sources.planProblems) {
    if (problem.code === 'no_launchable_rows' && listSaid) continue
    out.push(planBlocker(problem, sources))
  }
  return out
}

const blocker = (key: string, fix: Screen | null): Blocker => ({ key, fix, id: key })

const NOTHING_LEFT_IDS = new Set(['list-empty', 'list-not-cleaned', 'map-required_variable_empty'])

/** What main kept and dropped of the damaged block list, when its notice says so. */
function blockListBlocker(notice: BlockListNotice | null): Blocker {
  const id = 'blockers.blockList'
  if (!notice) return blocker(id, 'clean')
  const key = notice.unreadablePart ? 'blockers.blockListUnreadable' : 'blockers.blockListCounts'
  return { key, params: { kept: notice.kept, dropped: notice.dropped }, fix: 'clean', id }
}

function listBlockers(sources: BlockerSources): Blocker[] {
  if (sources.launchableCount === null) {
    return [{ ...blocker('blockers.notCleaned', 'clean'), id: 'list-not-cleaned' }]
  }
  if (sources.launchableCount === 0) {
    return [{ ...blocker('blockers.noLeads', 'clean'), id: 'list-empty' }]
  }
  return []
}

// The list's own states are said by listBlockers; Mapear's copies would repeat them.
const LIST_CODES: ReadonlySet<Problem['code']> = new Set(['not_cleaned', 'nothing_to_send'])

/**
 * Mapear's errors, exactly as Mapear computes them (its warnings are shown, not blocking).
 *
 * An empty required variable (one the Kinbox message uses, or any Integra variable:
 * shared/launch/requiredVariables) blocks here exactly when it makes Mapear refuse to go on
 * (map/problems.ts, one home for the rule):
 * - `required_variable_empty`: its rule is "não enviar a linha" and it is empty on every row
 *   the list would launch, so nothing would be sent;
 * - `empty_messages`: the text it fills would go out empty on some rows.
 * Empty on only some rows is not a blocker: with "não enviar a linha" those rows are left
 * out (counted under `empty_required_variable`), with a default text they go with it; both
 * are shown as Mapear's warnings.
 */
export function mapIssues(sources: Pick<BlockerSources, 'provider' | 'map' | 'check'>): Problem[] {
  const { map } = sources
  return mapProblems({
    provider: sources.provider,
    phone: map.phone,
    variables: map.variables,
    message: map.message,
    voicemail: map.voicemail,
    check: sources.check
  }).filter((problem) => !LIST_CODES.has(problem.code))
}

function mappingBlockers(sources: BlockerSources): Blocker[] {
  return mapIssues(sources)
    .filter((problem) => problem.level === 'error')
    .map((problem) => ({
      key: `map.problems.${problem.code}`,
      ...(problem.params && { params: problem.params }),
      fix: 'map' as const,
      id: `map-${problem.code}`
    }))
}

/** Timing fields of a settings problem are Agendar's to fix; ids and hosts are Contas'. */
const SCHEDULE_FIELDS = new Set([
  'chunkSize',
  'secondsBetweenMessages',
  'secondsBetweenChunks',
  'averageCallSeconds',
  'businessHours',
  'timeZone',
  'callingWindow',
  'config.max_concurrent'
])

function planBlocker(problem: LaunchProblem, sources: BlockerSources): Blocker {
  const id = `plan-${problem.code}`
  const base = { key: `problems.${problem.code}`, id }
  switch (problem.code) {
    case 'no_launchable_rows':
      // Every row left out by "não enviar a linha": the mapping's rule, not the list.
      return { ...base, fix: sources.launchableCount ? 'map' : 'clean' }
    case 'empty_name':
      return { ...base, fix: null }
    case 'invalid_start':
    case 'invalid_time_zone':
    case 'no_open_hours':
      return { ...base, params: paramsOf(problem), fix: 'schedule' }
    case 'mapping_provider_mismatch':
    case 'empty_message':
    case 'value_too_long':
      return { ...base, params: paramsOf(problem), fix: 'map' }
    case 'invalid_settings':
      return {
        ...base,
        params: paramsOf(problem),
        fix: SCHEDULE_FIELDS.has(problem.field) ? 'schedule' : 'settings'
      }
    case 'missing_settings':
    case 'invalid_id':
      return { ...base, params: paramsOf(problem), fix: 'settings' }
    case 'invalid_body':
      return { ...base, params: paramsOf(problem), fix: null }
  }
}

function paramsOf(problem: LaunchProblem): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(problem)) {
    if (key === 'code') continue
    out[key] = Array.isArray(value) ? value.join(', ') : (value as string | number)
  }
  return out
}
