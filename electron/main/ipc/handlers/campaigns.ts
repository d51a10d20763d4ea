import {
  CampaignActionError,
  createCampaignsService,
  type CampaignsService
} from '../../campaigns/campaignsService'
import { LaunchNotFoundError } from '../../launch/runner'
import { writeFileAtomic } from '../../platform/atomicWrite'
import type { MainServices } from '../../services'
import type { IpcHandlerTable } from '../dispatch'
import { HandlerError } from '../errors'
import { basename } from 'node:path'

type CampaignChannels =
  | 'campaigns:status'
  | 'campaigns:pause'
  | 'campaigns:resume'
  | 'campaigns:results'
  | 'campaigns:export-results'

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof LaunchNotFoundError) throw new HandlerError('not_found', error.message)
    if (error instanceof CampaignActionError) {
      throw new HandlerError('invalid_request', error.message)
    }
    throw error
  }
}

export function defaultCampaignsService(services: MainServices): CampaignsService {
  return createCampaignsService({
    userDataDir: services.userDataDir,
    getToken: (provider) => services.secrets.get(provider),
    ...(services.simulation && { simulation: services.simulation }),
    baseUrls: {
      ...(services.kinboxBaseUrl && { kinbox: services.kinboxBaseUrl }),
      ...(services.integraBaseUrl && { integra: services.integraBaseUrl })
    }
  })
}

/** Campanhas: live status, Kinbox pause/resume, per-lead results and their export. */
export function campaignHandlers(
  services: MainServices,
  campaigns: CampaignsService = defaultCampaignsService(services)
): Pick<IpcHandlerTable, CampaignChannels> {
  return {
    'campaigns:status': ({ launchId, fresh }) =>
      guarded(() => campaigns.status(launchId, fresh === true)),
    'campaigns:pause': ({ launchId, part }) => guarded(() => campaigns.pause(launchId, part)),
    'campaigns:resume': ({ launchId, part }) => guarded(() => campaigns.resume(launchId, part)),
    'campaigns:results': ({ launchId, fresh }) =>
      guarded(() => campaigns.results(launchId, fresh === true)),
    'campaigns:export-results': ({ launchId, format }) =>
      guarded(async () => {
        const { language } = await services.settings.get()
        const file = await campaigns.exportFile(
          launchId,
          format,
          language === 'en' ? 'en' : 'pt-BR'
        )
        const path = await services.chooseSavePath(file.name)
        if (path === null) return { saved: false, name: null }
        await writeFileAtomic(path, file.bytes)
        return { saved: true, name: basename(path) }
      })
  }
}
