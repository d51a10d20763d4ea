import { join } from 'node:path'
import { z } from 'zod'
import { BlockList, StoredPreset } from '../../../../shared/ipc/schemas'
import { jsonFile } from '../../store/jsonFile'
import type { IpcHandlerTable } from '../dispatch'

/** The block list and the mapping presets: small documents in the user-data folder. */
export function listHandlers(
  userDataDir: string,
  now: () => Date = () => new Date()
): Pick<
  IpcHandlerTable,
  'blocklist:get' | 'blocklist:set' | 'presets:list' | 'presets:save' | 'presets:delete'
> {
  const blockList = jsonFile(join(userDataDir, 'blocklist.json'), BlockList, () => ({
    numbers: [],
    updatedAt: null
  }))
  const presets = jsonFile(join(userDataDir, 'presets.json'), z.array(StoredPreset), () => [])
  return {
    'blocklist:get': () => blockList.read(),
    'blocklist:set': async ({ numbers }) => {
      const next = { numbers: [...new Set(numbers)].sort(), updatedAt: now().toISOString() }
      await blockList.write(next)
      return next
    },
    'presets:list': () => presets.read(),
    'presets:save': async (preset) => {
      const rest = (await presets.read()).filter(
        (p) => !(p.name === preset.name && p.provider === preset.provider)
      )
      const next = [...rest, { ...preset, savedAt: now().toISOString() }]
      await presets.write(next)
      return next
    },
    'presets:delete': async ({ name, provider }) => {
      const next = (await presets.read()).filter(
        (p) => !(p.name === name && p.provider === provider)
      )
      await presets.write(next)
      return next
    }
  }
}
