import { app, shell } from 'electron'
import { createHandlerTable } from './ipc/handlerTable'
import { registerIpc } from './ipc/registerIpc'
import { createKeytarSecretStore } from './secrets/keytarSecretStore'
import { createSettingsStore } from './settings/settingsStore'
import { createMainWindow, rendererLocation } from './window/createMainWindow'

app.enableSandbox()

if (!app.requestSingleInstanceLock()) app.quit()

void app.whenReady().then(() => {
  const location = rendererLocation()
  const table = createHandlerTable({
    secrets: createKeytarSecretStore(),
    settings: createSettingsStore(app.getPath('userData')),
    app: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    openInBrowser: (url) => shell.openExternal(url)
  })
  registerIpc(table, location.trusted)
  createMainWindow(location.load)
})

app.on('window-all-closed', () => app.quit())
