import { checkAllStores } from '../../store/allStores'
import { blockListStore, presetsStore } from '../../store/listStores'
import { acknowledgeStoreNotice } from '../../store/storeNotices'
import type { IpcHandlerTable } from '../dispatch'

type ListChannels =
  | 'blocklist:get'
  | 'blocklist:set'
  | 'presets:list'
  | 'presets:save'
  | 'presets:delete'
  | 'stores:notices'
  | 'stores:acknowledge'

/**
 * The block list and the mapping presets: small documents in the user-data folder, each read
 * and written through its own queue; and the notices of any store found damaged.
 */
export function listHandlers(
  userDataDir: string,
  now: () => Date = () => new Date()
): Pick<IpcHandlerTable, ListChannels> {
  const blockList = blockListStore(userDataDir)
  const presets = presetsStore(userDataDir)
  const samePreset = (a: { name: string; provider: string }, b: typeof a) =>
    a.name === b.name && a.provider === b.provider
  return {
    'blocklist:get': () => blockList.read(),
    'blocklist:set': async ({ numbers }) => {
      const next = { numbers: [...new Set(numbers)].sort(), updatedAt: now().toISOString() }
      await blockList.write(next)
      return next
    },
    'presets:list': () => presets.read(),
    'presets:save': (preset) =>
      presets.update((current) => [
        ...current.filter((p) => !samePreset(p, preset)),
        { ...preset, savedAt: now().toISOString() }
      ]),
    'presets:delete': (target) =>
      presets.update((current) => current.filter((p) => !samePreset(p, target))),
    'stores:notices': () => checkAllStores(userDataDir),
    'stores:acknowledge': ({ store }) => acknowledgeStoreNotice(userDataDir, store)
  }
}
