import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { builtPreloadPath, repoRoot } from './builtBundles'
import type { ContractSurface } from './contractSurface'
import type { Listener } from './listenerLog'
import type { FakeFrame, FakeWebContents } from './fakeMainElectron'
import { installKeytarStandIn } from './keytarStandIn'
import { shortcutKey } from '../../../shared/ui/shortcuts'
import { runMainBundle, type MainRun } from './runMainBundle'

/**
 * What the built main bundle must do, as named checks that return problems (empty = fine).
 * The same checks run against the real bundle and against mutated copies, which is how
 * the tests prove each one can fail.
 */

export interface MainRuns {
  /** This instance got the single-instance lock and the app became ready. */
  granted: MainRun
  /** Another instance holds the lock. */
  refused: MainRun
  /**
   * Started with a remembered window (REMEMBERED_WINDOW) hanging off the right edge of the
   * second of two displays (TWO_DISPLAYS), maximized.
   */
  remembered: MainRun
}

/** Two displays side by side; the second (1280×984 work area) starts at x = 1920. */
export const TWO_DISPLAYS = [
  { x: 0, y: 0, width: 1920, height: 1040 },
  { x: 1920, y: 0, width: 1280, height: 984 }
]
/** window.json as the app writes it: 1200×800 at x 2900, so 900 px past the second display. */
export const REMEMBERED_WINDOW = {
  schemaVersion: 1,
  data: { width: 1200, height: 800, x: 2900, y: 100, maximized: true }
}

export interface MainCheck {
  name: string
  problems(runs: MainRuns, surface: ContractSurface): string[] | Promise<string[]>
}

export const securePreferences: Record<string, unknown> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false
}

/** The page the built app loads, from its own privileged scheme (window/appProtocol.ts). */
export const APP_PAGE = 'app://leadprep/index.html'
const builtRendererIndex = resolve(repoRoot, 'out/renderer/index.html')

const errorText = (e: unknown): string => (e instanceof Error ? (e.stack ?? e.message) : String(e))
const call = (listener: Listener, ...args: unknown[]): unknown =>
  (listener as (...a: unknown[]) => unknown)(...args)

/** The one window's page, where hardening and the sender check are observed. */
function theWindow(run: MainRun) {
  const [window] = run.record.windows
  if (!window) throw new Error('no BrowserWindow was created')
  return window
}

function prevented(contents: FakeWebContents, event: string, ...args: unknown[]): boolean {
  let blocked = false
  for (const listener of contents.listenersOf(event))
    call(listener, { preventDefault: () => void (blocked = true) }, ...args)
  return blocked
}

/** Invokes a channel's recorded `ipcMain.handle` listener as Electron would, from `frame`. */
export function invokeFrom(
  run: MainRun,
  channel: string,
  from: { senderFrame: FakeFrame | null; mainFrame: FakeFrame },
  payload: unknown
): Promise<unknown> {
  const registration = run.record.ipc.find((r) => r.channel === channel && r.kind === 'handle')
  if (!registration) return Promise.reject(new Error(`no ipcMain.handle for '${channel}'`))
  const event = { sender: { mainFrame: from.mainFrame }, senderFrame: from.senderFrame }
  // Every bundle load shares one `import('keytar')`: route it to this run's keychain.
  installKeytarStandIn(run.keytar)
  return Promise.resolve(call(registration.listener, event, payload))
}

/** `{ ok: true, data: { name, version, … } }` carrying the stand-in app's name and version. */
function isAppInfoOf(result: unknown, app: { name: string; version: string }): boolean {
  if (typeof result !== 'object' || result === null || !('data' in result)) return false
  const data = result.data as { name?: unknown; version?: unknown } | null
  return (
    'ok' in result && result.ok === true && data?.name === app.name && data.version === app.version
  )
}

const errorCode = (result: unknown): unknown =>
  typeof result === 'object' && result !== null && 'error' in result
    ? (result.error as { code?: unknown } | undefined)?.code
    : undefined

/** The pt-BR menu's items with the app's shortcuts (the one table, shared/ui/shortcuts.ts). */
const PT_SHORTCUTS: Record<string, string> = {
  'Abrir planilha…': shortcutKey('open-file'),
  'Salvar mapeamento': shortcutKey('save-preset'),
  Desfazer: shortcutKey('undo'),
  Refazer: shortcutKey('redo'),
  'Próxima etapa': shortcutKey('next-step'),
  'Etapa anterior': shortcutKey('previous-step')
}
const PT_ACTIONS: Record<string, string> = {
  'Abrir planilha…': 'open-file',
  'Salvar mapeamento': 'save-preset',
  Desfazer: 'undo',
  Refazer: 'redo',
  'Próxima etapa': 'next-step',
  'Etapa anterior': 'previous-step',
  // Ajuda's item, with no shortcut.
  'Boas-vindas e arquivo de exemplo': 'show-welcome'
}

interface MenuItemRecord {
  label?: unknown
  role?: unknown
  accelerator?: unknown
  click?: unknown
  submenu?: MenuItemRecord[]
}

/** The template of the last application menu set, or null. */
export function lastMenu(run: MainRun): MenuItemRecord[] | null {
  const menu = run.record.menus.at(-1)
  return Array.isArray(menu) ? (menu as MenuItemRecord[]) : null
}

function* items(menu: MenuItemRecord[]): Generator<MenuItemRecord> {
  for (const item of menu) {
    yield item
    if (Array.isArray(item.submenu)) yield* items(item.submenu)
  }
}

export const findItem = (menu: MenuItemRecord[], label: string): MenuItemRecord | undefined =>
  [...items(menu)].find((item) => item.label === label)
export const findRole = (menu: MenuItemRecord[], role: string): MenuItemRecord | undefined =>
  [...items(menu)].find((item) => item.role === role)

function topLabelProblems(menu: MenuItemRecord[], wanted: string[]): string[] {
  const labels = menu.map((item) => item.label)
  return wanted
    .filter((label) => !labels.includes(label))
    .map((label) => `the menu bar has no '${label}' (it has ${JSON.stringify(labels)})`)
}

export const mainChecks: MainCheck[] = [
  {
    name: 'starts without an error',
    problems: ({ granted, refused }) =>
      [...granted.record.startupErrors, ...refused.record.startupErrors].map(
        (e) => `the bundle threw while starting: ${errorText(e)}`
      )
  },
  {
    name: 'enables the sandbox for every renderer before the app is ready',
    problems: ({ granted }) => {
      const { calls } = granted.record
      const at = calls.indexOf('app.enableSandbox')
      if (at < 0) return ['app.enableSandbox() was never called']
      return at > calls.indexOf('ready') ? ['app.enableSandbox() came after ready'] : []
    }
  },
  {
    name: 'asks for the single-instance lock and runs when it gets it',
    problems: ({ granted }) => [
      ...(granted.record.calls.includes('app.requestSingleInstanceLock')
        ? []
        : ['app.requestSingleInstanceLock() was never called']),
      ...(granted.record.calls.includes('app.quit') ? ['quit although the lock was granted'] : []),
      ...(granted.record.windows.length === 0 ? ['no window although the lock was granted'] : [])
    ]
  },
  {
    name: 'quits when another instance holds the lock',
    problems: ({ refused }) => {
      const { calls } = refused.record
      const asked = calls.indexOf('app.requestSingleInstanceLock')
      return asked >= 0 && calls.indexOf('app.quit', asked) > asked
        ? []
        : ['did not call app.quit() after the single-instance lock was refused']
    }
  },
  {
    name: 'sets up nothing (no IPC, no window, no protocol) when the lock is refused',
    problems: ({ refused }) => {
      const { record } = refused
      const problems: string[] = []
      if (record.windows.length > 0)
        problems.push(`${record.windows.length} window(s) opened although the lock was refused`)
      if (record.ipc.length > 0)
        problems.push(
          `${record.ipc.length} IPC handler(s) registered although the lock was refused`
        )
      if (record.calls.some((c) => c.startsWith('protocol.handle')))
        problems.push('app:// was served although the lock was refused')
      return problems
    }
  },
  {
    name: 'registers app:// as a privileged standard, secure scheme before the app is ready',
    problems: ({ granted }) => {
      const { calls } = granted.record
      const at = calls.indexOf('protocol.registerSchemesAsPrivileged')
      if (at < 0) return ['protocol.registerSchemesAsPrivileged() was never called']
      const problems = at > calls.indexOf('ready') ? ['app:// was registered after ready'] : []
      const schemes = granted.defaultSession.protocol.privilegedSchemes as {
        scheme?: unknown
        privileges?: Record<string, unknown>
      }[]
      const app = schemes.find((s) => s.scheme === 'app')
      const wanted = { standard: true, secure: true, supportFetchAPI: true }
      for (const [key, value] of Object.entries(wanted))
        if (app?.privileges?.[key] !== value)
          problems.push(
            `app:// privilege ${key} is ${String(app?.privileges?.[key])}, not ${value}`
          )
      return problems
    }
  },
  {
    name: 'serves app://leadprep from out/renderer only, with the CSP as a response header',
    problems: async ({ granted }) => {
      const handler = granted.defaultSession.protocol.handlers.get('app')
      if (!handler) return ["protocol.handle('app') was never called"]
      const serve = (url: string) =>
        Promise.resolve(call(handler, new Request(url))) as Promise<Response>
      const problems: string[] = []
      const page = await serve(APP_PAGE)
      const csp = page.headers.get('content-security-policy') ?? ''
      if (page.status !== 200) problems.push(`${APP_PAGE} answered ${page.status}`)
      else if ((await page.text()) !== readFileSync(builtRendererIndex, 'utf8'))
        problems.push(`${APP_PAGE} is not out/renderer/index.html`)
      if (!csp.includes("default-src 'none'") || !csp.includes("script-src 'self'"))
        problems.push(`${APP_PAGE} has no strict CSP header (got "${csp}")`)
      for (const outside of [
        'app://leadprep/%2e%2e/main/index.js',
        'app://leadprep/assets/..%2f..%2fmain%2findex.js'
      ]) {
        const answer = await serve(outside)
        if (answer.status === 200) problems.push(`${outside} was served`)
      }
      return problems
    }
  },
  {
    name: 'loads app://leadprep/index.html (not file://) in a build without a dev server',
    problems: ({ granted }) => {
      const urls = theWindow(granted).loadedUrls
      return urls.length === 1 && urls[0] === APP_PAGE
        ? []
        : [`the window loaded [${urls.join(', ')}], not ${APP_PAGE}`]
    }
  },
  {
    name: "registers exactly the contract's channels with ipcMain.handle",
    problems: ({ granted }, surface) => {
      const problems: string[] = []
      const handled = granted.record.ipc.filter((r) => r.kind === 'handle').map((r) => r.channel)
      for (const channel of surface.invokeChannels) {
        const times = handled.filter((c) => c === channel).length
        if (times !== 1) problems.push(`contract channel '${channel}' has ${times} ipcMain.handle`)
      }
      for (const channel of new Set(handled))
        if (!surface.invokeChannels.includes(channel))
          problems.push(`ipcMain.handle('${channel}') is not in the contract`)
      for (const r of granted.record.ipc.filter((r) => r.kind !== 'handle'))
        problems.push(`ipcMain.${r.kind}('${r.channel}'): only contract handlers may listen`)
      return problems
    }
  },
  {
    name: 'opens one window with every security switch pinned',
    problems: ({ granted }) => {
      if (granted.record.windows.length !== 1)
        return [`${granted.record.windows.length} windows were created, not 1`]
      const prefs = theWindow(granted).options.webPreferences ?? {}
      return Object.entries(securePreferences)
        .filter(([key, value]) => prefs[key] !== value)
        .map(
          ([key, value]) => `webPreferences.${key} is ${String(prefs[key])}, not ${String(value)}`
        )
    }
  },
  {
    name: 'loads the preload from the built out/preload/index.js',
    problems: ({ granted }) => {
      const preload = theWindow(granted).options.webPreferences?.['preload']
      if (preload !== builtPreloadPath)
        return [`webPreferences.preload is ${String(preload)}, not ${builtPreloadPath}`]
      return existsSync(builtPreloadPath) ? [] : [`${builtPreloadPath} does not exist`]
    }
  },
  {
    name: 'denies navigation, redirects and webviews',
    problems: ({ granted }) => {
      const contents = theWindow(granted).webContents
      return ['will-navigate', 'will-redirect', 'will-attach-webview']
        .filter((event) => !prevented(contents, event, 'https://evil.example/'))
        .map((event) => `'${event}' to another page is not prevented`)
    }
  },
  {
    name: 'denies new windows, sending only https links to the browser',
    problems: ({ granted }) => {
      const contents = theWindow(granted).webContents
      const handler = contents.windowOpenHandlers.at(-1)
      if (!handler) return ['no setWindowOpenHandler: window.open is allowed']
      const urls = ['https://kinbox.com.br/ajuda', 'http://evil.example/', 'file:///etc/passwd']
      const before = granted.record.opened.length
      const problems = urls
        .map((url) => [url, call(handler, { url, frameName: '', features: '' })] as const)
        .filter(([, answer]) => (answer as { action?: unknown } | null)?.action !== 'deny')
        .map(([url, answer]) => `window.open('${url}') answered ${JSON.stringify(answer)}`)
      const opened = granted.record.opened.slice(before).join(', ')
      if (opened !== urls[0]) problems.push(`the browser opened [${opened}], not only ${urls[0]}`)
      return problems
    }
  },
  {
    name: 'denies every permission request and check',
    problems: ({ granted }) => {
      const { session } = theWindow(granted).webContents
      const request = session.permissionRequestHandlers.at(-1)
      const check = session.permissionCheckHandlers.at(-1)
      if (!request || !check) return ['the window session has no permission request/check handler']
      const problems: string[] = []
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
        const answers: unknown[] = []
        call(
          request,
          theWindow(granted).webContents,
          permission,
          (g: unknown) => answers.push(g),
          {}
        )
        if (answers.length !== 1 || answers[0] !== false)
          problems.push(`permission request '${permission}' answered [${answers.join(', ')}]`)
        const checked = call(check, theWindow(granted).webContents, permission, 'file://', {})
        if (checked !== false) problems.push(`permission check '${permission}' answered ${checked}`)
      }
      return problems
    }
  },
  {
    name: 'answers only the page the window loaded (sender frame check)',
    problems: async ({ granted }) => {
      const contents = theWindow(granted).webContents
      const [loaded] = theWindow(granted).loadedUrls
      if (!loaded) return ['the window never loaded a page']
      const page = contents.mainFrame
      const problems: string[] = []
      const own = await invokeFrom(granted, 'app:info', { senderFrame: page, mainFrame: page }, {})
      if (!isAppInfoOf(own, granted.app))
        problems.push(`the loaded page (${loaded}) asked app:info and got ${JSON.stringify(own)}`)
      const evil = { url: 'https://evil.example/' }
      const foreign = {
        'a foreign page': { senderFrame: evil, mainFrame: evil },
        'an iframe inside the app': { senderFrame: { url: loaded }, mainFrame: page },
        'the built renderer over file://': (() => {
          const file = { url: pathToFileURL(builtRendererIndex).toString() }
          return { senderFrame: file, mainFrame: file }
        })(),
        'another app:// host': (() => {
          const other = { url: 'app://evil/index.html' }
          return { senderFrame: other, mainFrame: other }
        })(),
        'an unknown frame': { senderFrame: null, mainFrame: page }
      }
      for (const [who, from] of Object.entries(foreign)) {
        const answer = await invokeFrom(granted, 'app:info', from, {})
        if (errorCode(answer) !== 'forbidden_sender')
          problems.push(`${who} asked app:info and got ${JSON.stringify(answer)}`)
      }
      return problems
    }
  },
  {
    name: 'sets a native menu (Arquivo, Editar, Exibir, Ajuda) with the app shortcuts',
    problems: ({ granted }) => {
      const menu = lastMenu(granted)
      if (menu === null) return ['Menu.setApplicationMenu was never called with a template']
      const problems = topLabelProblems(menu, ['Arquivo', 'Editar', 'Exibir', 'Ajuda'])
      for (const [label, accelerator] of Object.entries(PT_SHORTCUTS)) {
        const item = findItem(menu, label)
        if (!item) problems.push(`no menu item '${label}'`)
        else if (item.accelerator !== accelerator)
          problems.push(
            `'${label}' has accelerator ${String(item.accelerator)}, not ${accelerator}`
          )
      }
      for (const role of ['copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom'])
        if (!findRole(menu, role)) problems.push(`no menu item with role '${role}'`)
      // Not packaged (electron-vite dev/preview): reload and DevTools are there.
      for (const role of ['reload', 'toggleDevTools'])
        if (!findRole(menu, role)) problems.push(`a dev build has no '${role}' item`)
      return problems
    }
  },
  {
    name: 'rebuilds the menu in English when the chosen language changes, and back',
    problems: async ({ granted }) => {
      const page = theWindow(granted).webContents.mainFrame
      const from = { senderFrame: page, mainFrame: page }
      const problems: string[] = []
      const before = granted.record.menus.length
      await invokeFrom(granted, 'settings:update', from, { language: 'en' })
      if (granted.record.menus.length === before)
        problems.push('settings:update {language: en} set no new menu')
      const english = lastMenu(granted)
      if (english) problems.push(...topLabelProblems(english, ['File', 'Edit', 'View', 'Help']))
      if (english && !findItem(english, 'Copy diagnostics'))
        problems.push("the English Help menu has no 'Copy diagnostics'")
      await invokeFrom(granted, 'settings:update', from, { language: 'pt-BR' })
      const back = lastMenu(granted)
      if (back) problems.push(...topLabelProblems(back, ['Arquivo', 'Editar', 'Exibir', 'Ajuda']))
      return problems
    }
  },
  {
    name: 'sends each menu action to the page as a typed menu:action event',
    problems: ({ granted }) => {
      const menu = lastMenu(granted)
      if (menu === null) return ['no menu']
      const contents = theWindow(granted).webContents
      const problems: string[] = []
      for (const [label, action] of Object.entries(PT_ACTIONS)) {
        const item = findItem(menu, label)
        const before = contents.sent.length
        if (typeof item?.click !== 'function') {
          problems.push(`menu item '${label}' has no click`)
          continue
        }
        call(item.click as Listener)
        const sent = contents.sent.slice(before)
        const wanted = JSON.stringify([{ channel: 'menu:action', args: [{ action }] }])
        if (JSON.stringify(sent) !== wanted)
          problems.push(`'${label}' sent ${JSON.stringify(sent)}, not ${wanted}`)
      }
      return problems
    }
  },
  {
    name: "Ajuda → Copiar diagnóstico writes main's clipboard, with no secret in it",
    problems: async ({ remembered: run }) => {
      const menu = lastMenu(run)
      const item = menu && findItem(menu, 'Copiar diagnóstico')
      if (typeof item?.click !== 'function') return ["no clickable 'Copiar diagnóstico'"]
      // A run of its own: the token set here must not reach the other checks' keychain.
      installKeytarStandIn(run.keytar)
      await run.keytar.setPassword('LeadPrep', 'kinbox', 'kbx-glue-secret-token-5678')
      const before = run.record.clipboard.length
      call(item.click as Listener)
      // Waits for the write itself, however busy the machine: the test's deadline is the bound.
      while (run.record.clipboard.length === before)
        await new Promise((resolve) => setTimeout(resolve, 10))
      const text = run.record.clipboard.slice(before).join('\n')
      const problems: string[] = []
      if (text === '') return ['nothing was written to the clipboard']
      if (!text.includes(run.app.version)) problems.push('the diagnostics lack the app version')
      if (!text.includes('kinbox: set'))
        problems.push('the diagnostics do not say the token is set')
      if (text.includes('kbx-glue-secret-token-5678'))
        problems.push('the diagnostics hold the token')
      return problems
    }
  },
  {
    name: 'a second launch with a lead file focuses the window and hands the file to the page',
    problems: async ({ granted }) => {
      const dir = join(granted.userDataDir, '..', 'downloads')
      mkdirSync(dir, { recursive: true })
      const leads = join(dir, 'leads.csv')
      writeFileSync(leads, 'nome;telefone\nAna;11912345678\n')
      writeFileSync(join(dir, 'notes.pdf'), '%PDF')
      const contents = theWindow(granted).webContents
      const page = contents.mainFrame
      const from = { senderFrame: page, mainFrame: page }
      const problems: string[] = []

      const focusedBefore = granted.record.calls.filter((c) => c === 'window.focus').length
      const sentBefore = contents.sent.length
      // As Electron hands it over: the other instance's argv and its working directory.
      granted.app.listeners.emit(
        'second-instance',
        {},
        ['/opt/LeadPrep/leadprep', '--no-sandbox', 'leads.csv'],
        dir
      )
      if (granted.record.calls.filter((c) => c === 'window.focus').length === focusedBefore)
        problems.push('the window was not focused')
      const told = contents.sent.slice(sentBefore).filter((m) => m.channel === 'files:opened')
      if (told.length !== 1) problems.push(`the page was told ${told.length} times, not once`)
      const taken = (await invokeFrom(granted, 'files:take-opened', from, {})) as {
        ok?: boolean
        data?: { name?: string; bytes?: Uint8Array } | null
      }
      const text = taken.data?.bytes ? Buffer.from(taken.data.bytes).toString('utf8') : ''
      if (taken.data?.name !== 'leads.csv' || !text.startsWith('nome;telefone'))
        problems.push(`files:take-opened answered ${JSON.stringify(taken).slice(0, 200)}`)
      const again = (await invokeFrom(granted, 'files:take-opened', from, {})) as { data?: unknown }
      if (again.data !== null) problems.push('the same file was handed over twice')

      // Not a lead file: focused all the same, nothing to take.
      const beforeOther = contents.sent.length
      granted.app.listeners.emit(
        'second-instance',
        {},
        ['/opt/LeadPrep/leadprep', join(dir, 'notes.pdf')],
        dir
      )
      if (contents.sent.slice(beforeOther).some((m) => m.channel === 'files:opened'))
        problems.push('a .pdf was offered to the page')
      const none = (await invokeFrom(granted, 'files:take-opened', from, {})) as { data?: unknown }
      if (none.data !== null)
        problems.push(`a .pdf was taken: ${JSON.stringify(none).slice(0, 120)}`)
      return problems
    }
  },
  {
    name: 'restores the remembered window size and position, clamped onto a visible display',
    problems: async ({ remembered }) => {
      const window = theWindow(remembered)
      const { x, y, width, height } = window.options
      const wanted = { x: 2000, y: 100, width: 1200, height: 800 }
      const problems: string[] = []
      const got = { x, y, width, height }
      if (!isDeepStrictEqual(got, wanted))
        problems.push(`the window opened at ${JSON.stringify(got)}, not ${JSON.stringify(wanted)}`)
      if (!remembered.record.calls.includes('window.maximize'))
        problems.push('a window remembered maximized was not maximized')
      // Closing saves where it is now.
      const file = join(remembered.userDataDir, 'window.json')
      // Saves are atomic (a temp file renamed over it): a new inode says the close's save landed,
      // whatever it holds and however busy the machine (the test's deadline is the bound).
      const before = statSync(file).ino
      window.events.emit('close', { preventDefault: () => undefined })
      while (statSync(file, { throwIfNoEntry: false })?.ino === before)
        await new Promise((resolve) => setTimeout(resolve, 10))
      const saved = (JSON.parse(readFileSync(file, 'utf8')) as { data?: unknown }).data
      const after = { ...wanted, maximized: true }
      if (!isDeepStrictEqual(saved, after))
        problems.push(
          `on close window.json holds ${JSON.stringify(saved)}, not ${JSON.stringify(after)}`
        )
      return problems
    }
  }
]

export async function startMainRuns(source: string): Promise<MainRuns> {
  return {
    granted: await runMainBundle(source),
    // The app still becomes ready: nothing may be set up for it all the same.
    refused: await runMainBundle(source, { lockGranted: false }),
    remembered: await runMainBundle(source, {
      displays: TWO_DISPLAYS,
      userData: { 'window.json': JSON.stringify(REMEMBERED_WINDOW) }
    })
  }
}

/** Every problem of a main bundle, each prefixed with its check's name. */
export async function mainBundleProblems(
  source: string,
  surface: ContractSurface
): Promise<string[]> {
  const runs = await startMainRuns(source)
  try {
    const problems: string[] = []
    for (const check of mainChecks) {
      try {
        for (const p of await check.problems(runs, surface)) problems.push(`${check.name}: ${p}`)
      } catch (error) {
        problems.push(`${check.name}: ${errorText(error)}`)
      }
    }
    return problems
  } finally {
    runs.granted.dispose()
    runs.refused.dispose()
    runs.remembered.dispose()
  }
}
