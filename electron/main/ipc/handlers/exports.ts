import { basename } from 'node:path'
import { exportFileName } from '../../files/exportFileName'
import { writeFileAtomic } from '../../platform/atomicWrite'
import type { MainServices } from '../../services'
import type { IpcHandlerTable } from '../dispatch'

export function exportHandlers(
  services: Pick<MainServices, 'chooseSavePath'>
): Pick<IpcHandlerTable, 'files:save-export'> {
  return {
    'files:save-export': async ({ suggestedName, bytes }) => {
      const path = await services.chooseSavePath(exportFileName(suggestedName))
      if (path === null) return { saved: false, name: null }
      await writeFileAtomic(path, bytes)
      return { saved: true, name: basename(path) }
    }
  }
}
