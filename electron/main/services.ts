import type { SecretStore } from './secrets/SecretStore'
import type { SettingsStore } from './settings/settingsStore'

/**
 * Everything a handler may touch, injected: under Electron these wrap `shell`, `app` and
 * the keychain; in the test bridge simple doubles stand in for the Electron-only ones.
 */
export interface MainServices {
  secrets: SecretStore
  settings: SettingsStore
  app: { name: string; version: string; platform: string }
  /** Opens a URL in the user's browser (Electron's shell.openExternal). */
  openInBrowser(url: string): Promise<void>
  /** Asks the user for a lead file (Electron's dialog.showOpenDialog); null when canceled. */
  chooseLeadFile(): Promise<string | null>
  /** Asks where to save an export (Electron's dialog.showSaveDialog); null when canceled. */
  chooseSavePath(suggestedName: string): Promise<string | null>
  /** Kinbox API base URL override (LEADPREP_KINBOX_URL; http only on loopback). */
  kinboxBaseUrl?: string
  /** Where settings, recent files and (later) launch journals live. */
  userDataDir: string
}
