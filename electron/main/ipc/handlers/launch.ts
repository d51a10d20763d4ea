import { ipcEvents, type EmitEvent } from '../../../../shared/ipc/events'
import type { LaunchProgressEvent } from '../../../../shared/ipc/launch'
import type { LaunchPlan } from '../../../../shared/launch/types'
import { createAccountsStore } from '../../accounts/accountsStore'
import { leadsFileTarget } from '../../accounts/launchSettings'
import { createLeadsFileHost } from '../../launch/leadsFileHost'
import { createLaunchService, type LaunchService } from '../../launch/launchService'
import { LaunchLockedError } from '../../launch/lock'
import { LaunchNotFoundError } from '../../launch/runner'
import { log } from '../../log'
import { createS3CredentialStore, readS3Credentials } from '../../secrets/s3Credentials'
import type { MainServices } from '../../services'
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
  const own = (plan: LaunchPlan) => withStoredTarget(plan, services.userDataDir)
  return {
    'launch:review': ({ plan }) => guarded(async () => launches.review(await own(plan))),
    'launch:start': ({ plan, new: fresh }) =>
      guarded(async () => {
        // The page blocks too, but main does not take its word: a damaged block list may have
        // lost numbers, so nothing is sent until the user has looked at its notice.
        // Reading the block list first finds damage even when the page never asked for notices.
        await blockListStore(services.userDataDir).read()
        if (await blockListNeedsReview(services.userDataDir))
          throw new HandlerError('blocklist_needs_review')
        return launches.start(await own(plan), { fresh: fresh === true })
      }),
    'launch:resume': ({ launchId }) => guarded(() => launches.resume(launchId)),
    'launch:list': () => guarded(() => launches.list())
  }
}
