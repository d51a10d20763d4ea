import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ListenerLog, type Listener } from './listenerLog'

/**
 * A recording stand-in for the main process's `electron` module: every call the built
 * main bundle makes is written down, nothing happens, and the tests fire the recorded
 * listeners and handlers themselves. A call it lacks fails the bundle's start with
 * "x is not a function": extend it here.
 */

export interface FakeFrame {
  url: string
}

/** `protocol` (per session, as in Electron): kept so the app:// switch can be tested here. */
export class FakeProtocol {
  readonly handlers = new Map<string, Listener>()
  readonly privilegedSchemes: unknown[] = []

  constructor(private readonly calls: string[]) {}

  handle(scheme: string, handler: Listener): void {
    this.calls.push(`protocol.handle:${scheme}`)
    this.handlers.set(scheme, handler)
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme)
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme)
  }
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.calls.push('protocol.registerSchemesAsPrivileged')
    this.privilegedSchemes.push(...schemes)
  }
}

export class FakeSession extends ListenerLog {
  readonly permissionRequestHandlers: Listener[] = []
  readonly permissionCheckHandlers: Listener[] = []
  readonly webRequest = {
    headersReceived: [] as Listener[],
    beforeRequest: [] as Listener[],
    onHeadersReceived: (...args: Listener[]) => void this.webRequest.headersReceived.push(...args),
    onBeforeRequest: (...args: Listener[]) => void this.webRequest.beforeRequest.push(...args)
  }
  readonly protocol: FakeProtocol

  constructor(
    readonly partition: string,
    calls: string[]
  ) {
    super()
    this.protocol = new FakeProtocol(calls)
  }

  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandlers.push(handler)
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandlers.push(handler)
  }
}

export class FakeWebContents extends ListenerLog {
  readonly mainFrame: FakeFrame = { url: '' }
  readonly windowOpenHandlers: Listener[] = []
  readonly sent: { channel: string; args: unknown[] }[] = []

  constructor(readonly session: FakeSession) {
    super()
  }

  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandlers.push(handler)
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  getURL(): string {
    return this.mainFrame.url
  }
  isDestroyed(): boolean {
    return false
  }
}

export interface IpcRegistration {
  channel: string
  kind: 'handle' | 'handleOnce' | 'on' | 'once'
  listener: Listener
}

export interface MainRecord {
  /** Lifecycle calls in order ('app.enableSandbox', 'ready', 'app.quit', …). */
  calls: string[]
  ipc: IpcRegistration[]
  windows: FakeBrowserWindowRecord[]
  opened: string[]
  dialogs: { kind: string; args: unknown[] }[]
  /** Every application menu set, as the template given to Menu.buildFromTemplate. */
  menus: unknown[]
  /** What the bundle wrote to the clipboard (clipboard.writeText). */
  clipboard: string[]
  /** Anything the bundle threw at load or while starting up. */
  startupErrors: unknown[]
}

export interface FakeBrowserWindowRecord {
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>
  webContents: FakeWebContents
  loadedUrls: string[]
  events: ListenerLog
}

export interface FakeMainElectron {
  electron: Record<string, unknown>
  record: MainRecord
  app: { name: string; version: string; listeners: ListenerLog }
  defaultSession: FakeSession
  /** Resolves `app.whenReady()`, emits 'ready', and waits for what the bundle chained on it. */
  fireReady(): Promise<void>
}

export interface FakeMainOptions {
  lockGranted: boolean
  /** What `app.isPackaged` says (a packaged build trusts nothing from the environment). */
  packaged?: boolean
  /** `app.getPath(name)` answers `<pathsRoot>/<name>`. */
  pathsRoot: string
  appPath: string
  /** Work areas of the displays `screen` reports; the first is the primary one. */
  displays?: FakeRect[]
}

export interface FakeRect {
  x: number
  y: number
  width: number
  height: number
}

/** One 1920×1080 display with a 40 px task bar. */
export const DEFAULT_DISPLAYS: FakeRect[] = [{ x: 0, y: 0, width: 1920, height: 1040 }]

export function createFakeMainElectron(options: FakeMainOptions): FakeMainElectron {
  const record: MainRecord = {
    calls: [],
    ipc: [],
    windows: [],
    opened: [],
    dialogs: [],
    menus: [],
    clipboard: [],
    startupErrors: []
  }
  const displays = options.displays ?? DEFAULT_DISPLAYS
  const appEvents = new ListenerLog()
  const defaultSession = new FakeSession('', record.calls)
  const partitions = new Map<string, FakeSession>()
  const fromPartition = (partition: string): FakeSession => {
    const known = partitions.get(partition) ?? new FakeSession(partition, record.calls)
    partitions.set(partition, known)
    return known
  }
  const ready = createReadyGate(record)
  const appInfo = { name: 'LeadPrep (stand-in)', version: '0.0.0-glue', listeners: appEvents }

  const app = {
    isPackaged: options.packaged ?? false,
    commandLine: { appendSwitch: () => undefined, hasSwitch: () => false },
    enableSandbox: () => void record.calls.push('app.enableSandbox'),
    requestSingleInstanceLock: () => {
      record.calls.push('app.requestSingleInstanceLock')
      return options.lockGranted
    },
    quit: () => void record.calls.push('app.quit'),
    exit: () => void record.calls.push('app.exit'),
    whenReady: () => {
      record.calls.push('app.whenReady')
      return ready.gate
    },
    isReady: () => ready.isReady(),
    on: (event: string, listener: Listener) => appEvents.on(event, listener) && app,
    once: (event: string, listener: Listener) => appEvents.once(event, listener) && app,
    getPath: (name: string) => join(options.pathsRoot, name),
    getAppPath: () => options.appPath,
    getName: () => appInfo.name,
    getVersion: () => appInfo.version,
    getLocale: () => 'pt-BR',
    setAppUserModelId: () => undefined
  }

  class BrowserWindow extends ListenerLog {
    readonly webContents: FakeWebContents
    private readonly entry: FakeBrowserWindowRecord

    static getAllWindows(): unknown[] {
      return record.windows
    }

    constructor(windowOptions: FakeBrowserWindowRecord['options'] = {}) {
      super()
      const partition = windowOptions.webPreferences?.['partition']
      const session = typeof partition === 'string' ? fromPartition(partition) : defaultSession
      this.webContents = new FakeWebContents(session)
      this.entry = {
        options: windowOptions,
        webContents: this.webContents,
        loadedUrls: [],
        events: this
      }
      record.windows.push(this.entry)
      // As in Electron, app-wide hardening ('web-contents-created') sees every new page.
      appEvents.emit('web-contents-created', { preventDefault: () => undefined }, this.webContents)
      appEvents.emit('browser-window-created', { preventDefault: () => undefined }, this)
    }
    loadURL(url: string): Promise<void> {
      this.entry.loadedUrls.push(url)
      this.webContents.mainFrame.url = url
      return Promise.resolve()
    }
    loadFile(path: string): Promise<void> {
      return this.loadURL(pathToFileURL(path).toString())
    }
    private maximized = false
    show(): void {
      record.calls.push('window.show')
    }
    focus(): void {
      record.calls.push('window.focus')
    }
    restore(): void {
      record.calls.push('window.restore')
    }
    close(): void {}
    maximize(): void {
      record.calls.push('window.maximize')
      this.maximized = true
    }
    isMaximized(): boolean {
      return this.maximized
    }
    isFullScreen(): boolean {
      return false
    }
    getNormalBounds(): FakeRect {
      const o = this.entry.options as Partial<FakeRect>
      return { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 }
    }
    getBounds(): FakeRect {
      return this.getNormalBounds()
    }
    isMinimized(): boolean {
      return false
    }
    isDestroyed(): boolean {
      return false
    }
    removeMenu(): void {}
    setMenuBarVisibility(): void {}
  }

  const register = (kind: IpcRegistration['kind']) => (channel: string, listener: Listener) =>
    void record.ipc.push({ channel, kind, listener })
  const dialogCall =
    (kind: string, answer: unknown) =>
    (...args: unknown[]) => {
      record.dialogs.push({ kind, args })
      return Promise.resolve(answer)
    }

  const electron: Record<string, unknown> = {
    app,
    BrowserWindow,
    ipcMain: {
      handle: register('handle'),
      handleOnce: register('handleOnce'),
      on: register('on'),
      once: register('once'),
      removeHandler: (channel: string) => void record.calls.push(`ipcMain.removeHandler:${channel}`)
    },
    session: { defaultSession, fromPartition },
    protocol: defaultSession.protocol,
    dialog: {
      showOpenDialog: dialogCall('open', { canceled: true, filePaths: [] }),
      showSaveDialog: dialogCall('save', { canceled: true }),
      showMessageBox: dialogCall('message', { response: 0 }),
      showErrorBox: (...args: unknown[]) => void record.dialogs.push({ kind: 'error', args })
    },
    shell: {
      openExternal: (url: string) => {
        record.opened.push(url)
        return Promise.resolve()
      }
    },
    Menu: {
      setApplicationMenu: (menu: unknown) =>
        void record.menus.push((menu as { template?: unknown } | null)?.template ?? menu),
      buildFromTemplate: (template: unknown) => ({ template })
    },
    clipboard: {
      writeText: (text: string) => void record.clipboard.push(text)
    },
    screen: {
      getAllDisplays: () => displays.map((workArea, id) => ({ id, workArea, bounds: workArea })),
      getPrimaryDisplay: () => ({ id: 0, workArea: displays[0], bounds: displays[0] })
    }
  }
  return { electron, record, app: appInfo, defaultSession, fireReady: () => ready.fire(appEvents) }
}

/** `app.whenReady()`: a thenable that tracks every chain the bundle hangs on it. */
function createReadyGate(record: MainRecord) {
  let open!: () => void
  let isReady = false
  const opened = new Promise<void>((resolve) => (open = resolve))
  const chains: Promise<unknown>[] = []
  const gate: PromiseLike<void> = {
    then: (onReady, onFail) => {
      const chain = opened.then(onReady, onFail)
      chains.push(chain)
      return chain
    }
  }
  async function fire(appEvents: ListenerLog): Promise<void> {
    record.calls.push('ready')
    isReady = true
    try {
      appEvents.emit('ready')
    } catch (error) {
      record.startupErrors.push(error)
    }
    open()
    // A chain may start others (e.g. a second whenReady): wait until no new one appears.
    let seen = 0
    while (seen < chains.length) {
      const batch = chains.slice(seen)
      seen = chains.length
      const settled = await Promise.allSettled(batch)
      for (const s of settled) if (s.status === 'rejected') record.startupErrors.push(s.reason)
    }
  }
  return { gate, fire, isReady: () => isReady }
}
