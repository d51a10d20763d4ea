import { createDraftsStore, type DraftsStore } from '../../drafts/draftsStore'
import { draftForLaunch } from '../../drafts/launchDraft'
import { createJournalStore } from '../../launch/journal'
import { launchesDir } from '../../launch/launchService'
import type { MainServices } from '../../services'
import type { IpcHandlerTable } from '../dispatch'

type DraftChannels =
  | 'drafts:save'
  | 'drafts:list'
  | 'drafts:open'
  | 'drafts:duplicate'
  | 'drafts:delete'
  | 'drafts:mark-launched'
  | 'drafts:for-launch'

/** What drafts:duplicate adds to the campaign name, in the app's language. */
const COPY_SUFFIX = { 'pt-BR': ' (cópia)', en: ' (copy)' } as const

/**
 * Drafts ("Rascunhos recentes", work that survives a crash): the page sends its choices, never
 * a path; main copies the source from a file it opened itself (drafts/draftSource.ts).
 */
export function draftHandlers(
  services: Pick<MainServices, 'userDataDir' | 'settings'>,
  drafts: DraftsStore = createDraftsStore(services.userDataDir)
): Pick<IpcHandlerTable, DraftChannels> {
  const copySuffix = async (): Promise<string> => {
    const language = await services.settings.get().then(
      (settings) => settings.language,
      () => 'pt-BR' as const
    )
    return COPY_SUFFIX[language]
  }
  const journals = createJournalStore(launchesDir(services.userDataDir))
  return {
    'drafts:save': (request) => drafts.save(request),
    'drafts:list': () => drafts.list(),
    'drafts:open': ({ draftId }) => drafts.open(draftId),
    'drafts:duplicate': async ({ draftId }) => drafts.duplicate(draftId, await copySuffix()),
    'drafts:delete': ({ draftId }) => drafts.remove(draftId),
    'drafts:mark-launched': ({ draftId, launchId }) => drafts.markLaunched(draftId, launchId),
    'drafts:for-launch': ({ launchId }) => draftForLaunch(drafts, journals, launchId)
  }
}
