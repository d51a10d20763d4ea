import { join } from 'node:path'
import { Settings, type Settings as SettingsValue } from '../../../shared/ipc/schemas'
import { jsonFile, type JsonStore } from '../store/jsonFile'
import type { Salvaged } from '../store/salvage'

export const DEFAULT_SETTINGS: SettingsValue = { language: 'pt-BR' }

export interface SettingsStore {
  get(): Promise<SettingsValue>
  update(patch: Partial<SettingsValue>): Promise<SettingsValue>
}

type SettingKey = keyof SettingsValue
const KEYS = Object.keys(Settings.shape) as SettingKey[]

/**
 * Each setting on its own: a bad value falls back to its default, the others stay. A damaged
 * `welcomeSeen` is dropped like any other: the welcome shows once more and, closed, is saved
 * into the repaired file (it never comes back on every start).
 */
export function salvageSettings(data: unknown): Salvaged<SettingsValue> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { value: { ...DEFAULT_SETTINGS }, kept: 0, dropped: 1 }
  const record = data as Record<string, unknown>
  const value: SettingsValue = { ...DEFAULT_SETTINGS }
  let kept = 0
  let dropped = 0
  for (const key of KEYS) {
    if (!(key in record)) continue
    const parsed = Settings.shape[key].safeParse(record[key])
    if (parsed.success) {
      Object.assign(value, { [key]: parsed.data })
      kept++
    } else dropped++
  }
  return { value, kept, dropped }
}

/** settings.json in the user-data folder (versioned; v0 is LeadPrep 0.1's bare object). */
export function settingsFile(userDataDir: string): JsonStore<SettingsValue> {
  return jsonFile({
    store: 'settings',
    path: join(userDataDir, 'settings.json'),
    fallback: () => ({ ...DEFAULT_SETTINGS }),
    salvage: salvageSettings,
    // v0 → v1: the same settings, now inside the versioned envelope.
    migrations: [(v0) => v0]
  })
}

export function createSettingsStore(userDataDir: string): SettingsStore {
  const file = settingsFile(userDataDir)
  return {
    get: () => file.read(),
    update: (patch) => file.update((current) => ({ ...current, ...patch }))
  }
}
