import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { builtPreloadPath, repoRoot } from './builtBundles'
import type { ContractSurface } from './contractSurface'
import type { Listener } from './listenerLog'
import type { FakeFrame, FakeWebContents } from './fakeMainElectron'
import { installKeytarStandIn } from './keytarStandIn'
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
  }
]

export async function startMainRuns(source: string): Promise<MainRuns> {
  return {
    granted: await runMainBundle(source),
    // The app still becomes ready: nothing may be set up for it all the same.
    refused: await runMainBundle(source, { lockGranted: false })
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
  }
}
