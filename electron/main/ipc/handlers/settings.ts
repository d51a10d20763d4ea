import type { SettingsStore } from '../../settings/settingsStore'
import type { IpcHandlerTable } from '../dispatch'

export function settingsHandlers(
  store: SettingsStore
): Pick<IpcHandlerTable, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => store.get(),
    'settings:update': (patch) => store.update(patch)
  }
}
