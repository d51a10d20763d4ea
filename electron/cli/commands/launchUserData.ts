import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * The app's user-data folder, found the way Electron finds it for productName "LeadPrep"
 * (cli.md), so the CLI and the app share their launch journals. LEADPREP_USER_DATA wins.
 */
export const APP_FOLDER = 'LeadPrep'

export function userDataDir(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir()
): string {
  const override = env['LEADPREP_USER_DATA']
  if (override) return override
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER)
  if (platform === 'win32')
    return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_FOLDER)
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), APP_FOLDER)
}
