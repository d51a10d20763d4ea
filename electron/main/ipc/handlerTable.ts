import type { MainServices } from '../services'
import type { IpcHandlerTable } from './dispatch'
import { appHandlers } from './handlers/app'
import { secretHandlers } from './handlers/secrets'
import { settingsHandlers } from './handlers/settings'

/** The whole table, one module per domain. Used by Electron's ipcMain and by the test bridge. */
export function createHandlerTable(services: MainServices): IpcHandlerTable {
  return {
    ...appHandlers(services),
    ...settingsHandlers(services.settings),
    ...secretHandlers(services.secrets)
  }
}
