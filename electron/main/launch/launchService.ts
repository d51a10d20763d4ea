import { join } from 'node:path'
import type { LaunchProgressEvent, LaunchReview, LaunchSummary } from '../../../shared/ipc/launch'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { ProviderId } from '../../../shared/ipc/schemas'
import { log } from '../log'
import type { RetryEvent } from '../providers/http'
import { createRateLimiter, rateLimitedFetch } from '../providers/integra/rateLimit'
import { resolveBaseUrl } from '../providers/baseUrl'
import { SimulationUnavailableError, providerClients, sideFor } from '../simulation/providerClients'
import type { Simulation } from '../simulation/simulation'
import { SIMULATED_BASE_URLS } from '../simulation/identity'
import type { LaunchClients } from './campaignApi'
import { createJournalStore } from './journal'
import { computeLaunchId, newLaunchNonce } from './launchId'
import type { LaunchFileHost } from './leadsUpload'
import { isLaunchLocked } from './lock'
import { reviewLaunch } from './review'
import {
  LaunchNotFoundError,
  openLaunch,
  openResume,
  type LaunchSession,
  type RunLaunchOptions
} from './runner'
import { summarize } from './summary'

/**
 * The app's side of launching (no Electron here): review a plan, start or resume a launch
 * in the background of main, list journals. Progress goes out through `emit`; the journals
 * are the same files `leadprep launch` reads, so either can resume what the other began.
 */
export interface LaunchServiceDeps {
  userDataDir: string
  getToken(provider: ProviderId): Promise<string | null>
  /** The leads-file host for a Kinbox plan's target (S3 with keychain credentials, or self). */
  fileHost(plan: Extract<LaunchPlan, { provider: 'kinbox' }>): Promise<LaunchFileHost>
  emit(event: LaunchProgressEvent): void
  baseUrls?: Partial<Record<ProviderId, string>>
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Where plans marked `simulated` run (no token, no file host, no real API). */
  simulation?: Simulation
}

export interface LaunchService {
  review(plan: LaunchPlan): Promise<LaunchReview>
  start(plan: LaunchPlan, options?: { fresh?: boolean }): Promise<LaunchSummary>
  resume(launchId: string): Promise<LaunchSummary>
  list(): Promise<LaunchSummary[]>
  /** Resolves when every launch started here has finished its run (tests, quitting). */
  idle(): Promise<void>
}

export function launchesDir(userDataDir: string): string {
  return join(userDataDir, 'launches')
}

export function createLaunchService(deps: LaunchServiceDeps): LaunchService {
  const dir = launchesDir(deps.userDataDir)
  const store = createJournalStore(dir)
  const running = new Set<Promise<unknown>>()
  // One limiter for the app: Integra's 60 requests/minute is per key, and there is one key.
  const limiter = createRateLimiter({
    ...(deps.now && { now: deps.now }),
    ...(deps.sleep && { sleep: deps.sleep })
  })
  const baseUrl = (provider: ProviderId) => resolveBaseUrl(provider, deps.baseUrls?.[provider])

  async function summaryOf(launchId: string): Promise<LaunchSummary | null> {
    const journal = await store.read(launchId)
    if (journal === null) return null
    return summarize(journal, await isLaunchLocked(store.lockPath(launchId)))
  }

  function clients(onRetry: (event: RetryEvent) => void, simulated: boolean): LaunchClients {
    const common = {
      ...(deps.now && { now: deps.now }),
      ...(deps.sleep && { sleep: deps.sleep }),
      onRetry
    }
    const real = () => ({
      getToken: deps.getToken,
      baseUrls: { integra: baseUrl('integra'), kinbox: baseUrl('kinbox') },
      integraFetch: rateLimitedFetch(limiter)
    })
    const built = providerClients(sideFor(simulated, deps.simulation, real), common)
    return { integra: built.integra, kinbox: built.kinbox, simulated: built.simulated }
  }

  /** The leads file's host: in simulation the simulation keeps it (no keychain, no upload). */
  async function fileHost(plan: Extract<LaunchPlan, { provider: 'kinbox' }>) {
    if (plan.simulated !== true) return deps.fileHost(plan)
    if (deps.simulation === undefined) throw new SimulationUnavailableError()
    return deps.simulation.files
  }

  async function options(plan: LaunchPlan, session: () => LaunchSession | undefined) {
    const onRetry = (event: RetryEvent) => {
      const current = session()
      if (current === undefined || event.delayMs <= 0) return
      deps.emit({
        launchId: current.launchId,
        kind: 'waiting',
        part: null,
        waitSeconds: Math.ceil(event.delayMs / 1000),
        summary: current.summary()
      })
    }
    const base: Omit<RunLaunchOptions, 'plan'> = {
      journalDir: dir,
      clients: clients(onRetry, plan.simulated === true),
      onProgress: deps.emit,
      ...(deps.now && { now: deps.now }),
      ...(deps.sleep && { sleep: deps.sleep })
    }
    return plan.provider === 'kinbox' ? { ...base, host: await fileHost(plan) } : base
  }

  /** Runs the session in the background; its summary right now is the answer. */
  function launch(session: LaunchSession): LaunchSummary {
    const run = session.run().catch((error: unknown) => log.error('[launch] run failed:', error))
    running.add(run)
    void run.finally(() => running.delete(run))
    return session.summary()
  }

  return {
    async review(plan) {
      const url =
        plan.simulated === true ? SIMULATED_BASE_URLS[plan.provider] : baseUrl(plan.provider)
      return reviewLaunch(plan, await summaryOf(computeLaunchId(plan)), url)
    },
    async start(plan, { fresh = false } = {}) {
      // The clients' retry events need the session, which exists only once it is open.
      const holder: { session?: LaunchSession } = {}
      const runOptions = await options(plan, () => holder.session)
      const nonce = fresh ? newLaunchNonce() : null
      holder.session = await openLaunch({ ...runOptions, plan, nonce })
      return launch(holder.session)
    },
    async resume(launchId) {
      const plan = await store.readPlan(launchId)
      if (plan === null) throw new LaunchNotFoundError(launchId)
      const holder: { session?: LaunchSession } = {}
      const runOptions = await options(plan, () => holder.session)
      holder.session = await openResume(launchId, runOptions)
      return launch(holder.session)
    },
    async list() {
      const summaries = await Promise.all(
        (await store.list()).map((id) => summaryOf(id).catch(() => null))
      )
      return summaries
        .filter((summary): summary is LaunchSummary => summary !== null)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running])
    }
  }
}
