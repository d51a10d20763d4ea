import { openExternalSafely } from '../../platform/externalLinks'
import type { MainServices } from '../../services'
import type { IpcHandlerTable } from '../dispatch'

export function appHandlers(
  services: MainServices
): Pick<IpcHandlerTable, 'app:info' | 'shell:open-external'> {
  return {
    'app:info': () => services.app,
    'shell:open-external': async ({ url }) => ({
      opened: await openExternalSafely(url, services.openInBrowser)
    })
  }
}
