import { api, ApiError } from '../../api/client'
import { i18n } from '../../i18n'
import { useDrafts } from '../drafts/draftsStore'
import { openDraft, storeSteps } from '../drafts/restoreDraft'
import { useNavigation } from '../shell/navigationStore'

/**
 * "Duplicar como nova campanha": the launched draft stays as it was sent; its copy (main's
 * drafts:duplicate: a new id, no launch, the name with " (cópia)") is opened like any draft and
 * shown in Limpar, the list read again with every choice in place. Null when it worked, else
 * what went wrong in the user's words.
 */
export async function duplicateAsNewCampaign(draftId: string): Promise<string | null> {
  try {
    const copy = await api('duplicateDraft', { draftId })
    const opened = await openDraft(copy.draftId, {
      ...storeSteps,
      goTo: () => useNavigation.getState().open('clean')
    })
    return opened ? null : (useDrafts.getState().error ?? i18n.t('campaigns.sent.failed'))
  } catch (error) {
    const reason =
      error instanceof ApiError
        ? i18n.t(`errors.ipc.${error.code}`, { ...error.params, detail: error.detail ?? '' })
        : String(error)
    return i18n.t('campaigns.sent.duplicateFailed', { reason })
  }
}
