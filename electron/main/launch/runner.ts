import { mkdir } from 'node:fs/promises'
import type {
  LaunchErrorInfo,
  LaunchProgressEvent,
  LaunchSummary
} from '../../../shared/ipc/launch'
import { LaunchPlan } from '../../../shared/launch/types'
import { isProviderError } from '../providers/errors'
import { campaignApiFor, type LaunchClients } from './campaignApi'
import { createJournalStore, newJournal, type JournalStore, type LaunchJournal } from './journal'
import { computeLaunchId } from './launchId'
import { launchError, toLaunchError } from './launchErrors'
import { isReusable, uploadLeadsFile, type LaunchFileHost } from './leadsUpload'
import { acquireLaunchLock, type LaunchLock, type LockOptions } from './lock'
import { resolveUnknownPart } from './resolveUnknown'
import { errorContext, save, updatePart, type RunContext } from './runContext'
import { summarize } from './summary'

/**
 * Runs a launch plan part by part, never twice: the journal is written before each POST
 * (`sending`) and after it (`created`, `failed` or `unknown`). A part whose outcome was lost
 * is looked up by name before anything is sent again; only a part known not to exist is
 * re-sent, and when the provider's list cannot be read to the end it stays `unknown`.
 */

export type { LaunchClients } from './campaignApi'

export interface RunLaunchOptions {
  plan: LaunchPlan
  /** `<userData>/launches`. */
  journalDir: string
  clients: LaunchClients
  /** Where the Kinbox leads file is hosted; required for Kinbox. */
  host?: LaunchFileHost
  onProgress?: (event: LaunchProgressEvent) => void
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Makes a distinct launch of the same content (`--new`). */
  nonce?: string | null
  /** How long after a POST began a lookup may trust "not found" (requests in flight). */
  settleMs?: number
  lock?: LockOptions
}

export type ResumeLaunchOptions = Omit<RunLaunchOptions, 'plan' | 'nonce'>

export interface LaunchOutcome {
  launchId: string
  summary: LaunchSummary
}

/** A launch whose lock is held and journal exists; `run()` sends it and releases the lock. */
export interface LaunchSession {
  launchId: string
  /** true when this launch had a journal already (a resume). */
  resumed: boolean
  summary(): LaunchSummary
  run(): Promise<LaunchOutcome>
}

export class LaunchNotFoundError extends Error {
  readonly code = 'launch_not_found'
  constructor(readonly launchId: string) {
    super(`no launch journal for ${launchId}`)
    this.name = 'LaunchNotFoundError'
  }
}

/** Lost responses settle within this: a POST still in flight must not look "absent". */
export const DEFAULT_SETTLE_MS = 5_000
/** Sends of one part in one run: the first, and one more after a lookup proved absence. */
const MAX_SENDS_PER_RUN = 2

export async function runLaunch(options: RunLaunchOptions): Promise<LaunchOutcome> {
  return (await openLaunch(options)).run()
}

export async function resumeLaunch(
  launchId: string,
  options: ResumeLaunchOptions
): Promise<LaunchOutcome> {
  return (await openResume(launchId, options)).run()
}

export async function openResume(
  launchId: string,
  options: ResumeLaunchOptions
): Promise<LaunchSession> {
  const store = createJournalStore(options.journalDir)
  const [journal, plan] = await Promise.all([store.read(launchId), store.readPlan(launchId)])
  if (journal === null || plan === null) throw new LaunchNotFoundError(launchId)
  return openLaunch({ ...options, plan, nonce: journal.nonce })
}

export async function openLaunch(options: RunLaunchOptions): Promise<LaunchSession> {
  const plan = LaunchPlan.parse(options.plan)
  // A simulated plan runs against the simulation only, and a real one never does.
  if ((plan.simulated === true) !== (options.clients.simulated === true)) {
    throw new Error(
      plan.simulated === true
        ? 'a simulated launch runs only in simulation mode: nothing was sent'
        : 'a real launch cannot run against the simulation'
    )
  }
  const nonce = options.nonce ?? null
  const launchId = computeLaunchId(plan, nonce ?? undefined)
  const now = options.now ?? Date.now
  const store = createJournalStore(options.journalDir)
  await mkdir(store.dir, { recursive: true })
  const lock = await acquireLaunchLock(store.lockPath(launchId), { now, ...options.lock })
  try {
    const existing = await store.read(launchId)
    let journal: LaunchJournal
    if (existing === null) {
      // The plan first: a journal on disk always has its plan beside it.
      await store.writePlan(launchId, plan)
      journal = newJournal(plan, launchId, nonce, new Date(now()).toISOString())
      await store.write(journal)
    } else journal = existing
    const context = makeContext(options, plan, store, journal, lock, now)
    return {
      launchId,
      resumed: existing !== null,
      summary: () => summarize(context.journal, true),
      run: () => execute(context).finally(() => lock.release())
    }
  } catch (error) {
    await lock.release()
    throw error
  }
}

function makeContext(
  options: RunLaunchOptions,
  plan: LaunchPlan,
  store: JournalStore,
  journal: LaunchJournal,
  lock: LaunchLock,
  now: () => number
): RunContext {
  return {
    plan,
    store,
    journal,
    lock,
    api: campaignApiFor(plan.provider, options.clients),
    host: options.host,
    now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    settleMs: options.settleMs ?? DEFAULT_SETTLE_MS,
    onProgress: options.onProgress ?? (() => undefined)
  }
}

async function execute(context: RunContext): Promise<LaunchOutcome> {
  context.journal = { ...context.journal, error: null }
  for (let index = 0; index < context.journal.parts.length; index++) {
    if ((await runPart(context, index)) === 'stop') break
  }
  await save(context, 'finished', null)
  return { launchId: context.journal.launchId, summary: summarize(context.journal, false) }
}

type Step = 'next' | 'stop'

async function runPart(context: RunContext, index: number): Promise<Step> {
  const status = context.journal.parts[index]?.status
  if (status === 'created') return 'next'
  if (status === 'sending' || status === 'unknown') {
    // Found on resume (the process died mid-POST) or left by a lost response.
    const resolved = await resolveUnknownPart(context, index)
    if (resolved !== 'absent') return resolved === 'created' ? 'next' : 'stop'
  }
  for (let sends = 0; sends < MAX_SENDS_PER_RUN; sends++) {
    const sent = await sendPart(context, index)
    if (sent !== 'unknown') return sent === 'created' ? 'next' : 'stop'
    const resolved = await resolveUnknownPart(context, index)
    if (resolved !== 'absent') return resolved === 'created' ? 'next' : 'stop'
  }
  return 'stop'
}

async function sendPart(
  context: RunContext,
  index: number
): Promise<'created' | 'failed' | 'unknown'> {
  const journalPart = context.journal.parts[index]
  const planPart = context.plan.parts[index]
  if (journalPart === undefined || planPart === undefined) return 'failed'
  const failed = async (error: LaunchErrorInfo) => {
    updatePart(context, index, { status: 'failed', error })
    await save(context, 'part', journalPart.part)
    return 'failed' as const
  }
  let body: unknown
  try {
    body = await bodyToSend(context, index)
  } catch (error) {
    return failed(toLaunchError(error, errorContext(context, journalPart.part)))
  }
  const checked = context.api.check(body)
  if (!checked.ok) {
    return failed(launchError('body_invalid', { part: journalPart.part, message: checked.message }))
  }
  updatePart(context, index, {
    status: 'sending',
    attempts: journalPart.attempts + 1,
    sendingAt: new Date(context.now()).toISOString(),
    error: null
  })
  await save(context, 'part', journalPart.part)
  try {
    const campaignId = await context.api.create(checked.body)
    updatePart(context, index, { status: 'created', campaignId })
    await save(context, 'part', journalPart.part)
    return 'created'
  } catch (error) {
    const info = toLaunchError(error, errorContext(context, journalPart.part))
    if (!isProviderError(error) || !error.outcomeUnknown) return failed(info)
    updatePart(context, index, { status: 'unknown', error: info })
    await save(context, 'part', journalPart.part)
    return 'unknown'
  }
}

/** The part's body; for Kinbox with `leadsAssetUrl` of the hosted file (uploaded if needed). */
async function bodyToSend(context: RunContext, index: number): Promise<unknown> {
  const { plan } = context
  if (plan.provider === 'integra') return plan.parts[index]?.body
  const part = plan.parts[index]
  if (part === undefined) return undefined
  const previous = context.journal.upload
  if (isReusable(previous, context.now())) return { ...part.body, leadsAssetUrl: previous.url }
  if (context.host === undefined) throw new Error('no file host configured for the leads file')
  const { launchId } = context.journal
  const upload = await uploadLeadsFile(plan, launchId, previous, context.host, context.now())
  context.journal = { ...context.journal, upload }
  await save(context, 'upload', null)
  return { ...part.body, leadsAssetUrl: upload.url }
}
