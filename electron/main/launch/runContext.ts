import type { LaunchProgressEvent } from '../../../shared/ipc/launch'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { CampaignApi } from './campaignApi'
import type { JournalStore, LaunchJournal } from './journal'
import type { LaunchFileHost } from './leadsUpload'
import type { LaunchLock } from './lock'
import { summarize } from './summary'

/** What one run of a launch works with; the journal in it is the truth written to disk. */
export interface RunContext {
  plan: LaunchPlan
  store: JournalStore
  journal: LaunchJournal
  lock: LaunchLock
  api: CampaignApi
  host: LaunchFileHost | undefined
  now: () => number
  sleep: (ms: number) => Promise<void>
  settleMs: number
  onProgress: (event: LaunchProgressEvent) => void
}

/** Writes the journal (atomically) and tells the page what changed. */
export async function save(
  context: RunContext,
  kind: LaunchProgressEvent['kind'],
  part: number | null
): Promise<void> {
  const at = new Date(context.now()).toISOString()
  context.journal = { ...context.journal, updatedAt: at }
  await context.store.write(context.journal)
  const summary = summarize(context.journal, kind !== 'finished')
  context.onProgress({ launchId: context.journal.launchId, kind, part, waitSeconds: null, summary })
}

export function updatePart(
  context: RunContext,
  index: number,
  change: Partial<LaunchJournal['parts'][number]>
): void {
  const parts = context.journal.parts.map((part, i) =>
    i === index ? { ...part, ...change, updatedAt: new Date(context.now()).toISOString() } : part
  )
  context.journal = { ...context.journal, parts }
}

export function errorContext(context: RunContext, part: number) {
  return { provider: context.plan.provider, part, now: context.now() }
}
