import { arch, release, type } from 'node:os'
import { accountsFile } from '../../accounts/accountsStore'
import { DIAGNOSTICS_LOG_LINES, diagnosticsText } from '../../diagnostics'
import { registerSecret } from '../../log'
import { resolveChosenFile } from '../../files/chosenFile'
import type { RecentFilesStore } from '../../files/recentFiles'
import { readLeadFileBytes } from '../../files/readLeadFileBytes'
import type { MainServices } from '../../services'
import type { IpcHandlerTable } from '../dispatch'
import { HandlerError } from '../errors'

type ShellChannels = 'files:take-opened' | 'diagnostics:copy'

/** The diagnostics text from the services (the same for the Ajuda menu and Configurações). */
export async function collectDiagnostics(services: MainServices): Promise<string> {
  const settled = async <T>(work: () => Promise<T>): Promise<T | { unreadable: true }> =>
    work().catch(() => ({ unreadable: true as const }))
  const secretSet = async (provider: 'kinbox' | 'integra'): Promise<boolean | null> =>
    // Read only to say yes or no, and so the redaction knows it even where the store does not.
    services.secrets.get(provider).then(
      (token) => {
        if (token !== null) registerSecret(token)
        return token !== null
      },
      () => null
    )
  const info = services.diagnostics
  return diagnosticsText({
    app: services.app,
    packaged: info?.packaged ?? false,
    versions: info?.versions ?? { node: process.versions.node },
    os: {
      type: type(),
      release: release(),
      arch: arch(),
      ...(info?.locale && { locale: info.locale })
    },
    settings: {
      preferences: await settled(() => services.settings.get()),
      accounts: await settled(() => accountsFile(services.userDataDir).read())
    },
    secretsSet: { kinbox: await secretSet('kinbox'), integra: await secretSet('integra') },
    logLines: info?.logTail(DIAGNOSTICS_LOG_LINES) ?? [],
    now: new Date()
  })
}

/** Puts the diagnostics on main's clipboard; false where there is none (the test bridge). */
export async function copyDiagnostics(
  services: MainServices
): Promise<{ copied: boolean; characters: number }> {
  const text = await collectDiagnostics(services)
  if (!services.writeClipboard) return { copied: false, characters: text.length }
  services.writeClipboard(text)
  return { copied: true, characters: text.length }
}

export function shellHandlers(
  services: MainServices,
  recent: RecentFilesStore
): Pick<IpcHandlerTable, ShellChannels> {
  return {
    // Read exactly as main's open dialog reads a chosen file; the page never names the path.
    'files:take-opened': async () => {
      const path = services.openedFiles?.take() ?? null
      if (path === null) return null
      const chosen = await resolveChosenFile(path)
      if (chosen === null) throw new HandlerError('file_unreadable')
      const file = await readLeadFileBytes(chosen)
      await recent.remember(chosen)
      return file
    },
    'diagnostics:copy': () => copyDiagnostics(services)
  }
}
