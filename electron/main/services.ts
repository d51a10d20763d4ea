import type { EmitEvent } from '../../shared/ipc/events'
import type { OpenedFiles } from './files/openedFiles'
import type { LaunchService } from './launch/launchService'
import type { S3CredentialStore } from './secrets/s3Credentials'
import type { SecretStore } from './secrets/SecretStore'
import type { SettingsStore } from './settings/settingsStore'
import type { Simulation } from './simulation/simulation'

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
  /** Integra API base URL override (LEADPREP_INTEGRA_URL; http only on loopback). */
  integraBaseUrl?: string
  /**
   * Refuse a real launch of the sample even to a provider on loopback (a browser test that
   * shows Disparar's blocker against the fakes); by default a stand-in there may get it.
   */
  strictSampleGuard?: boolean
  /** Sends an event to the page (webContents.send under Electron; the bridge's stream). */
  emit?: EmitEvent
  /** The launch engine; defaults to one built from these services (keychain S3 credentials). */
  launches?: LaunchService
  /** The leads-file bucket's key pair in the keychain; defaults to the app's keychain service. */
  s3Credentials?: S3CredentialStore
  /** Where settings, recent files and launch journals (`launches/`) live. */
  userDataDir: string
  /**
   * Simulation mode's in-app Kinbox and Integra (one per app); the handler table makes one at
   * the wall clock's speed when none is given (the test bridge gives a faster one).
   */
  simulation?: Simulation
  /** The bundled sample lead file's path (files/sampleFile.ts); without it there is no sample. */
  sampleLeadFile?: string | null
  /** Files the system asked the app to open ("Abrir com", a second launch); none in the bridge. */
  openedFiles?: OpenedFiles
  /** Main's clipboard (Electron's clipboard.writeText); without it nothing is copied. */
  writeClipboard?(text: string): void
  /** What "Copiar diagnóstico" adds: runtime versions, the build kind, the log's last lines. */
  diagnostics?: {
    versions: Readonly<Record<string, string | undefined>>
    packaged: boolean
    locale?: string
    logTail(count: number): string[]
  }
}
