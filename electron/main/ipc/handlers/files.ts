import { resolveChosenFile } from '../../files/chosenFile'
import type { RecentFilesStore } from '../../files/recentFiles'
import { readLeadFileBytes } from '../../files/readLeadFileBytes'
import type { MainServices } from '../../services'
import { createWorkbookDecrypter } from '../../workers/decryptForPage'
import { HandlerError } from '../errors'
import type { IpcHandlerTable } from '../dispatch'

type FileChannels =
  | 'files:open-dialog'
  | 'files:recent-list'
  | 'files:recent-open'
  | 'files:remember'
  | 'files:decrypt-workbook'
  | 'files:decrypt-cancel'

export function fileHandlers(
  services: Pick<MainServices, 'chooseLeadFile'>,
  recent: RecentFilesStore
): Pick<IpcHandlerTable, FileChannels> {
  const decryptWorkbook = createWorkbookDecrypter()
  return {
    'files:open-dialog': async () => {
      const path = await services.chooseLeadFile()
      if (path === null) return null
      const chosen = await resolveChosenFile(path)
      if (chosen === null) throw new HandlerError('file_unreadable')
      const file = await readLeadFileBytes(chosen)
      await recent.remember(chosen)
      return file
    },
    'files:recent-list': () => recent.list(),
    'files:recent-open': async ({ id }) => {
      const chosen = await recent.fileOf(id)
      // Gone, moved, or its link now leads elsewhere: one answer for all (no path oracle).
      if (chosen === null) throw new HandlerError('not_found')
      const file = await readLeadFileBytes(chosen)
      await recent.remember(chosen)
      return file
    },
    // The path comes from the preload (webUtils.getPathForFile of a real File). Anything that
    // is not a lead file is silently not remembered: the answer is the same list either way.
    'files:remember': async ({ path }) => {
      const chosen = await resolveChosenFile(path)
      return chosen === null ? recent.list() : recent.remember(chosen)
    },
    // officecrypto-tool needs Node: main decrypts (in a worker thread, so a costly spinCount
    // never freezes the app), then the renderer's worker reads the bytes.
    'files:decrypt-workbook': async ({ bytes, password }) => ({
      bytes: await decryptWorkbook(bytes, password)
    }),
    // "Cancelar": the running decrypt's worker is terminated; its call answers `canceled`.
    'files:decrypt-cancel': () => ({ canceled: decryptWorkbook.cancel() })
  }
}
