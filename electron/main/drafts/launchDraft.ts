import type { Draft } from '../../../shared/ipc/drafts'
import type {
  LaunchDraftAnswer,
  LaunchDraftView,
  SentAccount,
  SentMapping,
  SentSchedule
} from '../../../shared/ipc/launchDraft'
import type { LaunchPlan, LaunchSource } from '../../../shared/launch/types'
import { DEFAULT_TIME_ZONE } from '../../../shared/timing/zone'
import type { JournalStore } from '../launch/journal'
import { log } from '../log'
import type { DraftsStore } from './draftsStore'

/**
 * drafts:for-launch: the draft a launch was made from (drafts:mark-launched froze it with the
 * launch's id), read with the plan kept beside the journal, for Campanhas' "O que foi enviado".
 * Found by the launch's id only: the page never names a file. No draft (a CLI launch, a draft
 * deleted since) is an answer, `draft: null`, not an error; a plan or source.json that cannot be
 * read leaves only their parts empty.
 */
export async function draftForLaunch(
  drafts: Pick<DraftsStore, 'forLaunch'>,
  journals: Pick<JournalStore, 'readPlan' | 'readSource'>,
  launchId: string
): Promise<LaunchDraftAnswer> {
  const found = await drafts.forLaunch(launchId)
  if (found === null) return { draft: null }
  const [plan, source] = await Promise.all([
    journals.readPlan(launchId).catch(unreadable('plan')),
    journals.readSource(launchId).catch(unreadable('source'))
  ])
  return { draft: launchDraftView(found.draft, found.sourceAvailable, plan, source) }
}

const unreadable =
  (what: string) =>
  (error: unknown): null => {
    log.warn(`[drafts] the launch's ${what} could not be read for Campanhas:`, error)
    return null
  }

/** The view of one launched draft (pure: tested on its own). */
export function launchDraftView(
  draft: Draft,
  sourceAvailable: boolean,
  plan: LaunchPlan | null,
  source: LaunchSource | null
): LaunchDraftView {
  const provider = plan?.provider ?? draft.provider
  return {
    draftId: draft.id,
    fileName: draft.source.fileName,
    sheet: draft.sheet,
    sourceAvailable,
    campaignName: plan?.name.slice(0, 200) ?? draft.campaignName,
    provider,
    leadsSent: plan?.recipients ?? draft.leadsCount,
    excluded: plan?.excluded ?? null,
    mapping: mappingOf(draft, source?.columns ?? null),
    message: draft.message,
    voicemail: draft.voicemail,
    integraConfig: plan?.provider === 'integra' ? (plan.parts[0]?.body.config ?? null) : null,
    schedule: plan === null ? null : scheduleOf(plan, draft, source),
    account: plan === null ? null : accountOf(plan)
  }
}

/** Mapear's columns by the file's own headers (source.json's), `#n` when they are not known. */
function mappingOf(draft: Draft, headers: readonly string[] | null): SentMapping | null {
  const mapping = draft.mapping
  if (mapping === null) return null
  const name = (column: number | null): string | null =>
    column === null ? null : (headers?.[column] ?? `#${column + 1}`).slice(0, 1_000)
  return {
    phone: name(mapping.phone),
    ddd: name(mapping.ddd),
    name: name(mapping.name),
    variables: mapping.variables
      .filter((variable) => variable.key.trim() !== '')
      .map((variable) => ({ key: variable.key, column: name(variable.column) }))
  }
}

function scheduleOf(plan: LaunchPlan, draft: Draft, source: LaunchSource | null): SentSchedule {
  const timeZone =
    source?.schedule.timeZone ?? (draft.schedule?.timeZone || undefined) ?? DEFAULT_TIME_ZONE
  const common = {
    startAt: plan.parts[0]?.scheduledAt ?? null,
    expectedEndAt: plan.parts.at(-1)?.expectedEndAt ?? null,
    timeZone: timeZone.slice(0, 64),
    parts: plan.parts.length
  }
  if (plan.provider === 'kinbox') {
    const body = plan.parts[0]?.body
    return {
      ...common,
      kinbox: {
        chunkSize: body?.chunkSize ?? null,
        secondsBetweenMessages: body?.secondsBetweenMessages ?? null,
        secondsBetweenChunks: body?.secondsBetweenChunks ?? null
      },
      integra: null
    }
  }
  return {
    ...common,
    kinbox: null,
    integra: {
      maxConcurrent: plan.parts[0]?.body.config?.max_concurrent ?? null,
      averageCallSeconds: source?.schedule.averageCallSeconds ?? null
    }
  }
}

function accountOf(plan: LaunchPlan): SentAccount | null {
  if (plan.provider === 'kinbox') {
    const body = plan.parts[0]?.body
    return {
      provider: 'kinbox',
      channelId: body?.channelId ?? body?.channelIds?.[0] ?? null,
      operatorName: body?.operatorName ?? null,
      businessHoursId: body?.businessHoursId ?? null
    }
  }
  const body = plan.parts[0]?.body
  if (!body) return null
  return {
    provider: 'integra',
    projectId: body.project_id,
    agentId: body.agent_id,
    phoneNumberId: body.phone_number_id
  }
}
