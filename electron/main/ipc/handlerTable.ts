import type { MainServices } from '../services'
import { createSimulation } from '../simulation/simulation'
import type { IpcHandlerTable } from './dispatch'
import { createRecentFilesStore } from '../files/recentFiles'
import { accountHandlers } from './handlers/accounts'
import { appHandlers } from './handlers/app'
import { campaignHandlers } from './handlers/campaigns'
import { draftHandlers } from './handlers/drafts'
import { exportHandlers } from './handlers/exports'
import { fileHandlers } from './handlers/files'
import { kinboxHandlers } from './handlers/kinbox'
import { launchHandlers } from './handlers/launch'
import { listHandlers } from './handlers/lists'
import { sampleHandlers } from './handlers/sample'
import { secretHandlers } from './handlers/secrets'
import { settingsHandlers } from './handlers/settings'
import { shellHandlers } from './handlers/shell'

/** The whole table, one module per domain. Used by Electron's ipcMain and by the test bridge. */
export function createHandlerTable(given: MainServices): IpcHandlerTable {
  // One simulation for launches and Campanhas alike: a simulated campaign is read where it was made.
  const services = {
    ...given,
    simulation: given.simulation ?? createSimulation({ userDataDir: given.userDataDir })
  }
  return {
    ...appHandlers(services),
    ...settingsHandlers(services.settings),
    ...secretHandlers(services.secrets),
    ...fileHandlers(services, createRecentFilesStore(services.userDataDir)),
    ...shellHandlers(services, createRecentFilesStore(services.userDataDir)),
    ...sampleHandlers(services),
    ...exportHandlers(services),
    ...listHandlers(services.userDataDir),
    ...kinboxHandlers(services.secrets, services.kinboxBaseUrl, services),
    ...accountHandlers(services),
    ...launchHandlers(services),
    ...campaignHandlers(services),
    ...draftHandlers(services)
  }
}
