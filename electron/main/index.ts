import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron'
import { createHandlerTable } from './ipc/handlerTable'
import { registerIpc } from './ipc/registerIpc'
import { createKeytarSecretStore } from './secrets/keytarSecretStore'
import { createSettingsStore } from './settings/settingsStore'
import { createMainWindow, rendererLocation } from './window/createMainWindow'

app.enableSandbox()

if (!app.requestSingleInstanceLock()) app.quit()

let window: BrowserWindow | null = null

async function chooseLeadFile(parent: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    properties: ['openFile'],
    filters: [
      { name: 'Planilhas e CSV', extensions: ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'txt', 'tsv'] },
      { name: 'Todos os arquivos', extensions: ['*'] }
    ]
  }
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

async function chooseSavePath(parent: BrowserWindow | null, name: string): Promise<string | null> {
  const options = { defaultPath: name }
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  return result.canceled ? null : (result.filePath ?? null)
}

void app.whenReady().then(() => {
  const location = rendererLocation()
  const table = createHandlerTable({
    secrets: createKeytarSecretStore(),
    settings: createSettingsStore(app.getPath('userData')),
    userDataDir: app.getPath('userData'),
    chooseLeadFile: () => chooseLeadFile(window),
    chooseSavePath: (name) => chooseSavePath(window, name),
    ...(process.env['LEADPREP_KINBOX_URL']
      ? { kinboxBaseUrl: process.env['LEADPREP_KINBOX_URL'] }
      : {}),
    app: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    openInBrowser: (url) => shell.openExternal(url)
  })
  registerIpc(table, location.trusted)
  window = createMainWindow(location.load)
})

// A second launch (e.g. double-clicking the icon again) brings the open window forward.
app.on('second-instance', () => {
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.focus()
})

app.on('window-all-closed', () => app.quit())
