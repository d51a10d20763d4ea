import { isAbsolute, resolve } from 'node:path'
import { hasLeadFileExtension } from './chosenFile'

/**
 * Files the system asked LeadPrep to open ("Abrir com LeadPrep", a double-click on an
 * associated file, a second launch with a path, macOS `open-file`). Main keeps the latest one
 * and tells the page, which takes it over IPC (`files:take-opened`); main reads it the way its
 * own open dialog does (resolveChosenFile + readLeadFileBytes). No path comes from the page.
 */
export interface OpenedFiles {
  /** Keeps `path` if it names a lead file; true when kept. */
  offer(path: string): boolean
  /** The latest kept path, once. */
  take(): string | null
}

export function createOpenedFiles(): OpenedFiles {
  let latest: string | null = null
  return {
    offer(path) {
      if (!isAbsolute(path) || !hasLeadFileExtension(path)) return false
      latest = path
      return true
    },
    take() {
      const path = latest
      latest = null
      return path
    }
  }
}

/**
 * The lead files named on a command line (`argv` as Electron gives it: the executable, maybe
 * the app folder in development, Chromium's switches, then the user's arguments). Switches and
 * anything that is not a lead file by name are skipped; relative paths are taken from `cwd`.
 */
export function leadFilesInArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => arg !== '' && !arg.startsWith('-') && hasLeadFileExtension(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)))
}
