import type { ImportSettings } from '../../worker/protocol'
import { cleanStartForImport, type ListChoices } from '../clean/cleanStartForImport'
import { useImport } from './importStore'

/**
 * Every way a file enters the app (drop, dialog, Recentes, menu, sample, follow-up, draft)
 * comes here: the import carries Limpar's settings, so the new table is cleaned once.
 */
export async function importLeads(
  name: string,
  bytes: Uint8Array,
  settings: ImportSettings = {},
  list: ListChoices = {}
): Promise<void> {
  await useImport.getState().importBytes(name, bytes, settings, await cleanStartForImport(list))
}
