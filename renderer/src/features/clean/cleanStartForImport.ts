import type { CleanStart } from '../../worker/clean/cleanStart'
import { cleanSettingsNow, useClean } from './cleanStore'

/** A list's own Limpar choices a new import can start with (a reopened draft has them). */
export type ListChoices = Pick<CleanStart, 'defaultDdd' | 'keep'>

/**
 * What a new import is cleaned with, once, as the worker reads it (issue 13): this user's
 * country, the campaign's provider and the stored Lista de bloqueio, plus a draft's choices.
 */
export async function cleanStartForImport(list: ListChoices = {}): Promise<CleanStart> {
  const blockList = await useClean.getState().loadBlockList()
  return { settings: cleanSettingsNow(), blockList, ...list }
}
