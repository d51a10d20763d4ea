import { isImportError } from '../../../../shared/import'
import { decryptOoxml } from '../../../../shared/import/workbook/decryptOoxml'
import type { RecentFilesStore } from '../../files/recentFiles'
import { readLeadFileBytes } from '../../files/readLeadFileBytes'
import type { MainServices } from '../../services'
import { HandlerError } from '../errors'
import type { IpcHandlerTable } from '../dispatch'

type FileChannels =
  | 'files:open-dialog'
  | 'files:recent-list'
  | 'files:recent-open'
  | 'files:remember'
  | 'files:decrypt-workbook'

export function fileHandlers(
  services: Pick<MainServices, 'chooseLeadFile'>,
  recent: RecentFilesStore
): Pick<IpcHandlerTable, FileChannels> {
  return {
    'files:open-dialog': async () => {
      const path = await services.chooseLeadFile()
      if (path === null) return null
      const file = await readLeadFileBytes(path)
      await recent.remember(path, file.name)
      return file
    },
    'files:recent-list': () => recent.list(),
    'files:recent-open': async ({ id }) => {
      const path = await recent.pathOf(id)
      if (path === null) throw new HandlerError('not_found')
      const file = await readLeadFileBytes(path)
      await recent.remember(path, file.name)
      return file
    },
    'files:remember': ({ path, name }) => recent.remember(path, name),
    // officecrypto-tool needs Node, so decryption happens here, then the worker reads the bytes.
    'files:decrypt-workbook': async ({ bytes, password }) => {
      try {
        return { bytes: await decryptOoxml(bytes, password) }
      } catch (error) {
        if (isImportError(error) && error.code === 'wrong_password')
          throw new HandlerError('wrong_password')
        if (isImportError(error)) throw new HandlerError('damaged_file')
        throw error
      }
    }
  }
}
