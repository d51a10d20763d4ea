import type { DraftMapping, DraftSummary } from '../../../../shared/ipc/drafts'
import { api, ApiError } from '../../api/client'
import { i18n } from '../../i18n'
import { chooseProvider } from '../campaign/chooseProvider'
import { useCampaign } from '../campaign/campaignStore'
import { useClean } from '../clean/cleanStore'
import { importLeads } from '../import/importLeads'
import { useImport } from '../import/importStore'
import { currentWorker } from '../../worker/leadWorkerHost'
import { useMap } from '../map/mapStore'
import type { ScheduleForm } from '../schedule/formModel'
import { useSchedule } from '../schedule/scheduleStore'
import { useNavigation } from '../shell/navigationStore'
import { beginRestore, endRestore } from './autosave'
import { restoreDraftContent, type RestoreSteps } from './draftContent'
import { unlaunched, useDrafts } from './draftsStore'

/** Mapear's columns and variables put back with Mapear's own actions. */
async function applyMapping(mapping: DraftMapping): Promise<void> {
  const table = useImport.getState().table
  if (!table) return
  await useMap.getState().open(table)
  const map = useMap.getState()
  if (mapping.phone !== null && mapping.phone !== map.phone) map.setPhone(mapping.phone)
  if (mapping.ddd !== useMap.getState().ddd) useMap.getState().setDdd(mapping.ddd)
  if (mapping.name !== useMap.getState().name) useMap.getState().setName(mapping.name)
  for (const variable of useMap.getState().variables) useMap.getState().removeVariable(variable.id)
  for (const variable of mapping.variables) {
    useMap.getState().addVariable(variable.column ?? undefined)
    const added = useMap.getState().variables.at(-1)
    if (added)
      useMap.getState().updateVariable(added.id, {
        key: variable.key,
        column: variable.column,
        transform: variable.transform,
        empty: variable.empty
      })
  }
}

/**
 * A protected workbook: Importar's own password prompt is up. Resolves once it is over: the
 * table read after the password, Cancelar, or a failure (the import store's state tells which).
 */
function passwordStepDone(): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = useImport.subscribe((state) => {
      if (state.phase !== 'idle') return
      unsubscribe()
      resolve()
    })
  })
}

/** The real steps: each store's own public actions. */
export const storeSteps: RestoreSteps = {
  chooseProvider,
  async importFile(name, bytes, settings, list) {
    const before = useImport.getState().table
    await importLeads(name, bytes, settings, list)
    if (useImport.getState().phase === 'password') {
      // The prompt is Importar's (a draft duplicated from Campanhas starts elsewhere).
      useNavigation.getState().open('import')
      await passwordStepDone()
    }
    const state = useImport.getState()
    return (
      state.table !== null &&
      state.table !== before &&
      state.error === null &&
      state.phase === 'idle'
    )
  },
  async applyLimpar(limpar) {
    const worker = currentWorker()
    if (!worker) return
    await worker.call('draftApplyLimpar', { limpar })
    // Limpar's screen reads the list again (counters, grid) through its own action.
    await useClean.getState().setQuery({})
  },
  applyMapping,
  setMessage: (message) => useMap.getState().setMessage(message),
  setVoicemail: (voicemail) => useMap.getState().setVoicemail(voicemail),
  setSchedule: (schedule) => useSchedule.getState().update(schedule as ScheduleForm),
  setCampaignName(name) {
    const table = useImport.getState().table
    if (table) useCampaign.getState().suggestNameFor(table, i18n.language)
    useCampaign.getState().setName(name)
  },
  goTo: (step) => useNavigation.getState().open(step)
}

const reason = (error: unknown): string =>
  error instanceof ApiError
    ? i18n.t(`errors.ipc.${error.code}`, { ...error.params, detail: error.detail ?? '' })
    : String(error)

/** Abre um rascunho: reads its file again as Importar does and puts every choice back. */
export async function openDraft(
  draftId: string,
  steps: RestoreSteps = storeSteps
): Promise<boolean> {
  const drafts = useDrafts.getState()
  drafts.setOpening(draftId)
  drafts.setError(null)
  drafts.setOffer(null)
  beginRestore()
  let restored: Parameters<typeof endRestore>[0] = null
  try {
    const opened = await api('openDraft', { draftId })
    const { draft } = opened
    if (await restoreDraftContent(draft, opened.source, steps))
      restored = { draftId: draft.id, source: draft.source, step: draft.stepReached }
    else if (draft.source.protected && useImport.getState().error === null)
      // Cancelar on the password prompt: nothing was read, the draft stays as it was.
      useDrafts
        .getState()
        .setError(i18n.t('drafts.protectedCanceled', { file: draft.source.fileName }))
  } catch (error) {
    useDrafts.getState().setError(i18n.t('drafts.failed', { reason: reason(error) }))
  } finally {
    endRestore(restored)
    useDrafts.getState().setOpening(null)
  }
  return restored !== null
}

/** "Rascunhos recentes" again from main. */
export async function refreshDrafts(): Promise<DraftSummary[]> {
  try {
    const list = unlaunched(await api('listDrafts', {}))
    useDrafts.getState().setList(list)
    return list
  } catch {
    useDrafts.getState().setList([])
    return []
  }
}

export async function duplicateDraft(draftId: string): Promise<void> {
  try {
    await api('duplicateDraft', { draftId })
  } catch (error) {
    useDrafts.getState().setError(reason(error))
  }
  await refreshDrafts()
}

export async function deleteDraft(draftId: string): Promise<void> {
  try {
    useDrafts.getState().setList(unlaunched(await api('deleteDraft', { draftId })))
  } catch (error) {
    useDrafts.getState().setError(reason(error))
    await refreshDrafts()
  }
}

/** At start: the most recent draft not launched is offered, never opened by itself. */
export async function offerLastDraft(): Promise<void> {
  const list = await refreshDrafts()
  const last = list.find((draft) => draft.sourceAvailable)
  if (last && useImport.getState().table === null && useImport.getState().phase === 'idle')
    useDrafts.getState().setOffer(last)
}
