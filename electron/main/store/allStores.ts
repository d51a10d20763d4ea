import type { StoreNotices } from '../../../shared/ipc/schemas'
import { accountsFile } from '../accounts/accountsStore'
import { createDraftsStore } from '../drafts/draftsStore'
import { recentFile } from '../files/recentFiles'
import { settingsFile } from '../settings/settingsStore'
import { simulationStateStore } from '../simulation/simulationState'
import { blockListStore, presetsStore } from './listStores'
import { listStoreNotices } from './storeNotices'

/**
 * Reads every store of the folder once (which sets damaged files aside and records notices),
 * then lists the notices: what the page shows at start. A store that cannot be read at all
 * (an unreadable folder) is left for its own screen to report.
 */
export async function checkAllStores(userDataDir: string): Promise<StoreNotices> {
  const stores = [
    settingsFile(userDataDir),
    recentFile(userDataDir),
    blockListStore(userDataDir),
    presetsStore(userDataDir),
    accountsFile(userDataDir),
    // Only the file is read here (cheap when there is none); the simulation loads on first use.
    simulationStateStore(userDataDir)
  ]
  // Drafts too: one draft.json per folder, each repaired or set aside on its own.
  await Promise.allSettled([
    ...stores.map((store) => store.read()),
    createDraftsStore(userDataDir).list()
  ])
  return listStoreNotices(userDataDir)
}
