import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Settings, type Settings as SettingsValue } from '../../../shared/ipc/schemas'
import { writeFileAtomic } from '../platform/atomicWrite'
import { log } from '../log'

export const DEFAULT_SETTINGS: SettingsValue = { language: 'pt-BR' }

export interface SettingsStore {
  get(): Promise<SettingsValue>
  update(patch: Partial<SettingsValue>): Promise<SettingsValue>
}

/** Settings as one JSON file in the user-data folder; a damaged file falls back to defaults. */
export function createSettingsStore(userDataDir: string): SettingsStore {
  const path = join(userDataDir, 'settings.json')
  let cached: SettingsValue | null = null

  async function load(): Promise<SettingsValue> {
    if (cached) return cached
    try {
      const parsed = Settings.partial().safeParse(JSON.parse(await readFile(path, 'utf8')))
      cached = { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) }
      if (!parsed.success) log.warn('[settings] ignoring invalid settings.json')
    } catch {
      cached = { ...DEFAULT_SETTINGS }
    }
    return cached
  }

  return {
    get: load,
    async update(patch) {
      const next = { ...(await load()), ...patch }
      await writeFileAtomic(path, JSON.stringify(next, null, 2))
      cached = next
      return next
    }
  }
}
