import { ipcEvents, type EmitEvent } from '../../../../shared/ipc/events'
import type { LaunchProgressEvent } from '../../../../shared/ipc/launch'
import type { LaunchPlan } from '../../../../shared/launch/types'
import { createAccountsStore } from '../../accounts/accountsStore'
import { leadsFileTarget } from '../../accounts/launchSettings'
import { createLeadsFileHost } from '../../launch/leadsFileHost'
import { createLaunchService, type LaunchService } from '../../launch/launchService'
import { LaunchLockedError } from '../../launch/lock'
import { LaunchNotFoundError } from '../../launch/runner'
import { sampleGuard } from '../../launch/sampleGuard'
import { log } from '../../log'
import { createS3CredentialStore, readS3Credentials } from '../../secrets/s3Credentials'
import type { MainServices } from '../../services'
import { markSimulated } from '../../simulation/launchMark'
import { blockListStore } from '../../store/listStores'
import { blockListNeedsReview } from '../../store/storeNotices'
import type { IpcHandlerTable } from '../dispatch'
import { HandlerError } from '../errors'

type LaunchChannels = 'launch:review' | 'launch:start' | 'launch:resume' | 'launch:list'

/** A lock held elsewhere or a launch with no journal are answers the page translates. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof LaunchLockedError) throw new HandlerError('launch_locked', error.message)
    if (error instanceof LaunchNotFoundError) throw new HandlerError('not_found', error.message)
    throw error
  }
}

/** Every event is parsed before it leaves main, like every response. */
export function checkedEmit(emit: EmitEvent | undefined): (event: LaunchProgressEvent) => void {
  return (event) => {
    const parsed = ipcEvents['launch:progress'].safeParse(event)
    if (!parsed.success) return log.error('[launch] progress event refused:', parsed.error.message)
    emit?.('launch:progress', parsed.data)
  }
}

export function defaultLaunchService(services: MainServices): LaunchService {
  return createLaunchService({
    userDataDir: services.userDataDir,
    getToken: (provider) => services.secrets.get(provider),
    fileHost: async (plan) => {
      const found =
        plan.leadsFileTarget.host === 's3'
          ? await readS3Credentials({
              store: services.s3Credentials ?? createS3CredentialStore()
            })
          : null
      return createLeadsFileHost(plan.leadsFileTarget, { credentials: found?.credentials ?? null })
    },
    emit: checkedEmit(services.emit),
    ...(services.simulation && { simulation: services.simulation }),
    baseUrls: {
      ...(services.kinboxBaseUrl && { kinbox: services.kinboxBaseUrl }),
      ...(services.integraBaseUrl && { integra: services.integraBaseUrl })
    }
  })
}

/**
 * Where a Kinbox leads file goes is main's to say: the page never learns the "hospedo eu
 * mesmo" path, so the target stored in Contas replaces whatever the page's plan carried.
 */
async function withStoredTarget(plan: LaunchPlan, userDataDir: string): Promise<LaunchPlan> {
  if (plan.provider !== 'kinbox') return plan
  const target = leadsFileTarget(await createAccountsStore(userDataDir).read())
  return target === null ? plan : { ...plan, leadsFileTarget: target }
}

export function launchHandlers(services: MainServices): Pick<IpcHandlerTable, LaunchChannels> {
  const launches = services.launches ?? defaultLaunchService(services)
  const own = async (plan: LaunchPlan) =>
    markSimulated(
      await withStoredTarget(plan, services.userDataDir),
      (await services.settings.get()).simulation === true
    )
  // The sample's numbers are made up but may be someone's: launched only in simulation.
  const sample = sampleGuard(services.sampleLeadFile, services.strictSampleGuard)
  const baseUrl = (plan: LaunchPlan): string | undefined =>
    plan.provider === 'kinbox' ? services.kinboxBaseUrl : services.integraBaseUrl
  return {
    'launch:review': ({ plan }) =>
      guarded(async () => {
        const mine = await own(plan)
        const review = await launches.review(mine)
        return (await sample.refuses(mine, baseUrl(mine)))
          ? { ...review, sampleFile: true as const }
          : review
      }),
    'launch:start': ({ plan, new: fresh }) =>
      guarded(async () => {
        const mine = await own(plan)
        // Disparar shows it as a blocker; main refuses it whatever the page did.
        if (await sample.refuses(mine, baseUrl(mine)))
          throw new HandlerError('sample_file_real_launch')
        // The page blocks too, but main does not take its word: a damaged block list may have
        // lost numbers, so nothing is sent until the user has looked at its notice.
        // Reading the block list first finds damage even when the page never asked for notices.
        await blockListStore(services.userDataDir).read()
        if (await blockListNeedsReview(services.userDataDir))
          throw new HandlerError('blocklist_needs_review')
        return launches.start(mine, { fresh: fresh === true })
      }),
    'launch:resume': ({ launchId }) => guarded(() => launches.resume(launchId)),
    'launch:list': () => guarded(() => launches.list())
  }
}
