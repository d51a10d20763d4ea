import {
  app,
  clipboard,
  dialog,
  Menu,
  screen,
  shell,
  type BrowserWindow,
  type OpenDialogOptions
} from 'electron'
import { join } from 'node:path'
import { ipcEvents, type EmitEvent } from '../../shared/ipc/events'
import type { MenuAction } from '../../shared/ipc/menu'
import type { Language } from '../../shared/ipc/schemas'
import { exportFileName } from './files/exportFileName'
import { LEAD_FILE_EXTENSIONS } from './files/chosenFile'
import { createOpenedFiles, leadFilesInArgv } from './files/openedFiles'
import { sampleLeadFilePath } from './files/sampleFile'
import { copyDiagnostics } from './ipc/handlers/shell'
import { log, setLogSink } from './log'
import { createRotatingLog } from './logFile'
import { menuTemplate } from './menu/appMenu'
import type { MainServices } from './services'
import type { SettingsStore } from './settings/settingsStore'
import { windowStateStore } from './store/windowStateStore'
import { restoreBounds } from './window/windowBounds'
import { rememberWindow, type WindowMemory } from './window/rememberWindow'
import { allowBaseUrlOverrides } from './providers/baseUrl'
import { markPackagedBuild } from './providers/http'
import { createHandlerTable } from './ipc/handlerTable'
import { registerIpc } from './ipc/registerIpc'
import { createKeytarSecretStore } from './secrets/keytarSecretStore'
import { createSettingsStore } from './settings/settingsStore'
import { startupLanguage } from './settings/startupLanguage'
import {
  createMainWindow,
  registerAppScheme,
  rendererLocation,
  serveRenderer
} from './window/createMainWindow'
import { windowOptions } from './window/windowOptions'

app.enableSandbox()
// Before ready: the renderer's own app:// scheme (standard, secure).
registerAppScheme()
// Before ready: native date/time inputs follow the chosen language, not the OS locale.
app.commandLine.appendSwitch('lang', startupLanguage(app.getPath('userData')))

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

// Files the system asks us to open ("Abrir com", a second launch, macOS open-file).
const openedFiles = createOpenedFiles()
let windowMemory: WindowMemory | null = null

/** Every event main sends is parsed with its schema first (shared/ipc/events.ts). */
const emit: EmitEvent = (event, payload) => {
  const contents = window?.webContents
  if (!contents || contents.isDestroyed()) return
  contents.send(event, ipcEvents[event].parse(payload))
}

/** A lead file from outside: the window comes forward and the page is told to take it. */
function openFromOutside(paths: readonly string[]): void {
  const kept = paths.filter((path) => openedFiles.offer(path))
  if (kept.length === 0) return
  log.info(`[files] asked to open ${kept.length} file(s) from outside`)
  focusWindow()
  emit('files:opened', {})
}

function focusWindow(): void {
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

/** The settings store, telling the menu when the language changes. */
function watchedSettings(store: SettingsStore, onLanguage: (l: Language) => void): SettingsStore {
  return {
    get: () => store.get(),
    update: async (patch) => {
      const next = await store.update(patch)
      if (patch.language !== undefined) onLanguage(next.language)
      return next
    }
  }
}

async function start(): Promise<void> {
  const userData = app.getPath('userData')
  const logFile = createRotatingLog({ dir: join(userData, 'logs') })
  setLogSink(logFile)
  log.info(`[app] ${app.getName()} ${app.getVersion()} starting (${process.platform})`)
  serveRenderer()
  const location = rendererLocation(packaged, devEnv)
  const applyMenu = (language: Language): void =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          language,
          platform: process.platform,
          packaged,
          appName: app.getName(),
          send: (action: MenuAction) => emit('menu:action', { action }),
          copyDiagnostics: () =>
            void copyDiagnostics(services).catch((error: unknown) =>
              log.warn('[diagnostics] could not copy:', error)
            )
        })
      )
    )
  const settings = watchedSettings(createSettingsStore(userData), applyMenu)
  const services: MainServices = {
    secrets: createKeytarSecretStore(),
    settings,
    userDataDir: userData,
    chooseLeadFile: () => chooseLeadFile(window),
    chooseSavePath: (name) => chooseSavePath(window, name),
    ...(devEnv['LEADPREP_KINBOX_URL'] ? { kinboxBaseUrl: devEnv['LEADPREP_KINBOX_URL'] } : {}),
    ...(devEnv['LEADPREP_INTEGRA_URL'] ? { integraBaseUrl: devEnv['LEADPREP_INTEGRA_URL'] } : {}),
    emit,
    app: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    openInBrowser: (url) => shell.openExternal(url),
    openedFiles,
    sampleLeadFile: sampleLeadFilePath({
      packaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath()
    }),
    writeClipboard: (text) => clipboard.writeText(text),
    diagnostics: {
      versions: {
        electron: process.versions['electron'],
        chrome: process.versions['chrome'],
        node: process.versions.node,
        v8: process.versions.v8
      },
      packaged,
      locale: app.getLocale(),
      logTail: (count) => logFile.tail(count)
    }
  }
  registerIpc(createHandlerTable(services), location.trusted)

  // The window opens where the user left it, on a display that still exists.
  const windowStore = windowStateStore(userData)
  const saved = await windowStore.read()
  const defaults = windowOptions('', undefined, { packaged })
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
    { width: defaults.minWidth ?? 0, height: defaults.minHeight ?? 0 }
  )
  window = createMainWindow(location.load, packaged, bounds)
  if (saved.maximized) window.maximize()
  windowMemory = rememberWindow(window, windowStore)
  // A file named on the first launch's command line is waiting when the page first asks.
  for (const path of leadFilesInArgv(process.argv, process.cwd())) openedFiles.offer(path)

  applyMenu((await settings.get().catch(() => null))?.language ?? 'pt-BR')
}

// Another instance runs: it gets the focus (below); this one sets up nothing and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void app.whenReady().then(start)

  // A second launch brings the open window forward; a lead file it names is imported here.
  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    focusWindow()
    openFromOutside(leadFilesInArgv(argv, workingDirectory))
  })

  // macOS: "Abrir com LeadPrep" / a file dropped on the Dock icon (also before ready).
  app.on('open-file', (event, path: string) => {
    event.preventDefault()
    openFromOutside([path])
  })

  // The window's last size and position are on disk before the app goes.
  app.on('window-all-closed', () => {
    void (windowMemory?.flush() ?? Promise.resolve()).finally(() => app.quit())
  })
}
