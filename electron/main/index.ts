import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron'
import { exportFileName } from './files/exportFileName'
import { LEAD_FILE_EXTENSIONS } from './files/chosenFile'
import { allowBaseUrlOverrides } from './providers/baseUrl'
import { markPackagedBuild } from './providers/http'
import { createHandlerTable } from './ipc/handlerTable'
import { registerIpc } from './ipc/registerIpc'
import { createKeytarSecretStore } from './secrets/keytarSecretStore'
import { createSettingsStore } from './settings/settingsStore'
import {
  createMainWindow,
  registerAppScheme,
  rendererLocation,
  serveRenderer
} from './window/createMainWindow'

app.enableSandbox()
// Before ready: the renderer's own app:// scheme (standard, secure).
registerAppScheme()

// A packaged app trusts nothing from its environment: no dev server, no provider URL override.
const packaged = app.isPackaged
allowBaseUrlOverrides(!packaged)
markPackagedBuild(packaged)
const devEnv: Record<string, string | undefined> = packaged ? {} : process.env

let window: BrowserWindow | null = null

async function chooseLeadFile(parent: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    properties: ['openFile'],
    filters: [
      // Main reads only these (files/chosenFile.ts), so the dialog offers only these.
      { name: 'Planilhas e CSV', extensions: [...LEAD_FILE_EXTENSIONS].map((e) => e.slice(1)) }
    ]
  }
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

async function chooseSavePath(parent: BrowserWindow | null, name: string): Promise<string | null> {
  const options = { defaultPath: exportFileName(name) }
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  return result.canceled ? null : (result.filePath ?? null)
}

function start(): void {
  serveRenderer()
  const location = rendererLocation(packaged, devEnv)
  const table = createHandlerTable({
    secrets: createKeytarSecretStore(),
    settings: createSettingsStore(app.getPath('userData')),
    userDataDir: app.getPath('userData'),
    chooseLeadFile: () => chooseLeadFile(window),
    chooseSavePath: (name) => chooseSavePath(window, name),
    ...(devEnv['LEADPREP_KINBOX_URL'] ? { kinboxBaseUrl: devEnv['LEADPREP_KINBOX_URL'] } : {}),
    ...(devEnv['LEADPREP_INTEGRA_URL'] ? { integraBaseUrl: devEnv['LEADPREP_INTEGRA_URL'] } : {}),
    // Payloads are zod-parsed by the launch handlers before they get here.
    emit: (event, payload) => window?.webContents.send(event, payload),
    app: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    openInBrowser: (url) => shell.openExternal(url)
  })
  registerIpc(table, location.trusted)
  window = createMainWindow(location.load, packaged)
}

// Another instance runs: it gets the focus (below); this one sets up nothing and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void app.whenReady().then(start)

  // A second launch (e.g. double-clicking the icon again) brings the open window forward.
  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  app.on('window-all-closed', () => app.quit())
}
