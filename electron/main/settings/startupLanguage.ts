import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Language } from '../../../shared/ipc/schemas'
import { unwrapVersioned } from '../store/versioned'
import { DEFAULT_SETTINGS, salvageSettings } from './settingsStore'

/**
 * The chosen language, read synchronously before `ready`: Chromium's `--lang` switch
 * (the native date and time inputs' format, "12/02/2026, 09:00 AM" vs "02/12/2026 09:00")
 * can only be set then. A missing or damaged settings file means the default; a change in
 * Configurações takes effect there at once and in the native inputs on the next start.
 */
export function startupLanguage(userDataDir: string): Language {
  try {
    const text = readFileSync(join(userDataDir, 'settings.json'), 'utf8')
    const { data } = unwrapVersioned(JSON.parse(text) as unknown)
    return salvageSettings(data).value.language
  } catch {
    return DEFAULT_SETTINGS.language
  }
}
