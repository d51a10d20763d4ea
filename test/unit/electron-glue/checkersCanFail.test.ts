import { describe, expect, it } from 'vitest'
import { builtMainPath, builtPreloadPath, patchOnce, readBuiltBundle } from './builtBundles'
import { readContractSurface, type ContractSurface } from './contractSurface'
import { mainBundleProblems } from './mainChecks'
import { preloadBundleProblems } from './preloadChecks'

/**
 * The checks above pass on the real bundles; here each one is shown to fail. Every case
 * edits an in-memory copy of a built bundle (or of the contract surface) in one place, and
 * the checker must name what broke. A mutation that no longer matches the bundle fails.
 */

const surface = readContractSurface()
/** Read per test, so a missing out/ fails every test with the build hint. */
const bundles = {
  get main(): string {
    return readBuiltBundle(builtMainPath)
  },
  get preload(): string {
    return readBuiltBundle(builtPreloadPath)
  }
}

interface Mutation {
  without: string
  find: RegExp
  replace: string
  noticed: string
}

const mainMutations: Mutation[] = [
  {
    without: 'sandbox: true',
    find: /\bsandbox: true,/,
    replace: 'sandbox: false,',
    noticed: 'webPreferences.sandbox is false, not true'
  },
  {
    without: 'contextIsolation',
    find: /\n\s*contextIsolation: true,/,
    replace: '',
    noticed: 'webPreferences.contextIsolation is undefined, not true'
  },
  {
    without: 'nodeIntegration: false',
    find: /\bnodeIntegration: false,/,
    replace: 'nodeIntegration: true,',
    noticed: 'webPreferences.nodeIntegration is true, not false'
  },
  {
    without: 'webSecurity',
    find: /\bwebSecurity: true,/,
    replace: 'webSecurity: false,',
    noticed: 'webPreferences.webSecurity is false, not true'
  },
  {
    without: 'the built preload path',
    find: /"\.\.\/preload\/index\.js"/,
    replace: '"../preload/index.mjs"',
    noticed: 'webPreferences.preload is'
  },
  {
    without: 'app.enableSandbox()',
    find: /\b\w+\.app\.enableSandbox\(\);/,
    replace: '',
    noticed: 'app.enableSandbox() was never called'
  },
  {
    without: 'quitting when the lock is refused',
    find: /if \(!(\w+\.app\.requestSingleInstanceLock\(\))\) \w+\.app\.quit\(\);\nelse \{/,
    replace: 'if (!$1) {} {',
    noticed: 'did not call app.quit() after the single-instance lock was refused'
  },
  {
    without: 'setting up only when the lock is granted',
    find: /(\w+\.app\.quit\(\));\nelse \{/,
    replace: '$1;\n{',
    noticed: 'window(s) opened although the lock was refused'
  },
  {
    without: 'the privileged app:// scheme',
    find: /\w+\.protocol\.registerSchemesAsPrivileged\(\[APP_SCHEME_PRIVILEGES\]\);/,
    replace: '',
    noticed: 'protocol.registerSchemesAsPrivileged() was never called'
  },
  {
    without: 'the CSP response header',
    find: /"content-security-policy": RENDERER_CSP,/,
    replace: '',
    noticed: 'has no strict CSP header'
  },
  {
    without: 'loading from app://',
    find: /load: APP_INDEX_URL,/,
    replace: 'load: "file:///app/out/renderer/index.html",',
    noticed: 'the window loaded [file:///app/out/renderer/index.html]'
  },
  {
    without: 'the app:// host check in the sender check',
    find: /url\.host === expected\.host && /,
    replace: '',
    noticed: 'another app:// host asked app:info and got {"ok":true'
  },
  {
    without: "the 'presets:delete' handler",
    find: /for \(const channel of (\w+)\) /,
    replace: 'for (const channel of $1.filter((c) => c !== "presets:delete")) ',
    noticed: "contract channel 'presets:delete' has 0 ipcMain.handle"
  },
  {
    without: 'only contract channels (an extra handler)',
    find: /function registerIpc\(table, trusted\) \{/,
    replace: '$&\nrequire("electron").ipcMain.handle("debug:eval", () => null);',
    noticed: "ipcMain.handle('debug:eval') is not in the contract"
  },
  {
    without: 'only contract channels (an ipcMain.on listener)',
    find: /function registerIpc\(table, trusted\) \{/,
    replace: '$&\nrequire("electron").ipcMain.on("debug:ping", () => null);',
    noticed: "ipcMain.on('debug:ping'): only contract handlers may listen"
  },
  {
    without: 'preventDefault on navigation',
    find: /const block = \(event\) => event\.preventDefault\(\);/,
    replace: 'const block = (event) => undefined;',
    noticed: "'will-navigate' to another page is not prevented"
  },
  {
    without: 'the window.open deny',
    find: /return \{ action: "deny" \};/,
    replace: 'return { action: "allow" };',
    noticed: `window.open('file:///etc/passwd') answered {"action":"allow"}`
  },
  {
    without: 'the permission request deny',
    find: /callback\(false\)/,
    replace: 'callback(true)',
    noticed: "permission request 'media' answered [true]"
  },
  {
    without: 'the permission check deny',
    find: /setPermissionCheckHandler\(\(\) => false\)/,
    replace: 'setPermissionCheckHandler(() => true)',
    noticed: "permission check 'media' answered true"
  },
  {
    without: 'the sender frame check',
    find: /if \(!\w+\(sender, trusted\)\) return \w+\("forbidden_sender"\);/,
    replace: '',
    noticed: 'a foreign page asked app:info and got {"ok":true'
  },
  {
    without: "the menu items' shortcuts",
    find: /\baccelerator: MENU_ACCELERATORS\[name\],/,
    replace: '',
    noticed: "'Abrir planilha…' has accelerator undefined, not CmdOrCtrl+O"
  },
  {
    without: 'rebuilding the menu when the language changes',
    find: /if \(patch\.language !== void 0\) onLanguage\(next\.language\);/,
    replace: '',
    noticed: 'settings:update {language: en} set no new menu'
  },
  {
    without: 'focusing the window for a second launch',
    find: /\bwindow\.focus\(\);/,
    replace: '',
    noticed: 'the window was not focused'
  },
  {
    without: 'clamping the remembered position onto a display',
    find: /x: clamp\$?\d*\(rect\.x, area\.x, area\.x \+ area\.width - size\.width\),/,
    replace: 'x: rect.x,',
    noticed: 'the window opened at {"x":2900'
  },
  {
    without: 'a clean start',
    find: /^/,
    replace: 'throw new Error("boom at load");\n',
    noticed: 'the bundle threw while starting: Error: boom at load'
  }
]

const preloadMutations: Mutation[] = [
  {
    without: 'the appInfo method',
    find: /\n\s*appInfo: \w+\("app:info"\),/,
    replace: '',
    noticed: 'leadprep.appInfo is missing'
  },
  {
    without: 'getSettings on its own channel',
    find: /getSettings: (\w+)\("settings:get"\)/,
    replace: 'getSettings: $1("settings:update")',
    noticed: "leadprep.getSettings() invoked 'settings:update', not 'settings:get'"
  },
  {
    without: 'the payload unchanged',
    find: /\(request\) => (\w+)\.ipcRenderer\.invoke\(name, request\)/,
    replace: '(request) => $1.ipcRenderer.invoke(name, { ...request })',
    noticed: 'leadprep.appInfo() did not pass its payload through unchanged'
  },
  {
    without: 'named methods only (a generic invoke)',
    find: /var api = \{/,
    replace: '$&\n\tinvoke: (c, p) => require("electron").ipcRenderer.invoke(c, p),',
    noticed: 'leadprep.invoke is exposed but is in no contract table'
  },
  {
    without: 'CommonJS (an import statement)',
    find: /let (\w+) = require\("electron"\);/,
    replace: 'import * as $1 from "electron";',
    noticed: 'it does not run as a sandboxed CommonJS preload: SyntaxError'
  },
  {
    without: 'only sandbox-safe requires',
    find: /^/,
    replace: 'require("node:fs");\n',
    noticed: "cannot require 'node:fs'"
  },
  {
    without: "rememberFile ignoring the page's path",
    find: /channel\("files:remember"\)\(\{ path \}\)/,
    replace: 'channel("files:remember")({ path: file.path ?? path })',
    noticed: `leadprep.rememberFile(file) sent [{"path":"/etc/passwd"}], not webUtils' path`
  },
  {
    without: 'skipping a page-made File',
    find: /return path === null \? channel\("files:recent-list"\)\(\{\}\) : /,
    replace: 'return ',
    noticed: `an unknown path ("") still invoked 'files:remember'`
  },
  {
    without: 'a single exposeInMainWorld',
    find: /(\w+)\.contextBridge\.exposeInMainWorld\("leadprep", api\);/,
    replace: '$&\n$1.contextBridge.exposeInMainWorld("leadprepDebug", api);',
    noticed: 'contextBridge.exposeInMainWorld was called for [leadprep, leadprepDebug]'
  }
]

const problemsOf = {
  main: (source: string, s: ContractSurface) => mainBundleProblems(source, s),
  preload: (source: string, s: ContractSurface) => Promise.resolve(preloadBundleProblems(source, s))
}

function expectNoticed(problems: string[], noticed: string): void {
  expect(
    problems.some((p) => p.includes(noticed)),
    `expected a problem containing ${JSON.stringify(noticed)}, got:\n${problems.join('\n')}`
  ).toBe(true)
}

describe('the glue checkers notice a broken bundle', () => {
  for (const [bundle, mutations] of [
    ['main', mainMutations],
    ['preload', preloadMutations]
  ] as const) {
    for (const m of mutations) {
      it(`a ${bundle} bundle without ${m.without}`, async () => {
        const broken = patchOnce(bundles[bundle], m.find, m.replace)
        expectNoticed(await problemsOf[bundle](broken, surface), m.noticed)
      })
    }
  }
})

/** The contract as if someone added a channel (and maybe its api method) and stopped there. */
function withChannel(channel: string, method?: string): ContractSurface {
  return {
    ...surface,
    invokeChannels: [...surface.invokeChannels, channel],
    invokeMethods: method ? { ...surface.invokeMethods, [method]: channel } : surface.invokeMethods
  }
}

describe('the glue checkers notice a contract the bundles do not follow', () => {
  it('a channel added to the contract and apiMethods, with no handler and no preload method', async () => {
    const grown = withChannel('leads:fake-added', 'fakeAdded')
    expectNoticed(
      await mainBundleProblems(bundles.main, grown),
      "contract channel 'leads:fake-added' has 0 ipcMain.handle"
    )
    expectNoticed(preloadBundleProblems(bundles.preload, grown), 'leadprep.fakeAdded is missing')
  })

  it('a channel added to the contract without a method in apiMethods', () => {
    expectNoticed(
      preloadBundleProblems(bundles.preload, withChannel('leads:fake-added')),
      "channel 'leads:fake-added' has 0 methods in apiMethods, not 1"
    )
  })
})

describe('main→page events (whatever on… methods the contract declares)', () => {
  const withEvent: ContractSurface = {
    ...surface,
    eventChannels: [...surface.eventChannels, 'fake:progress'],
    eventMethods: { ...surface.eventMethods, onFakeProgress: 'fake:progress' }
  }
  const addEvent = (body: string) =>
    patchOnce(
      bundles.preload,
      /var api = \{/,
      `$&\n\tonFakeProgress: (listener) => { const ipc = require("electron").ipcRenderer; ${body} },`
    )

  it('accept a preload that subscribes, forwards the payload alone and unsubscribes', () => {
    const good = addEvent(
      'const l = (_event, p) => listener(p); ipc.on("fake:progress", l); return () => ipc.removeListener("fake:progress", l);'
    )
    expect(preloadBundleProblems(good, withEvent)).toEqual([])
  })

  it('notice an event in the contract with no preload method', () => {
    expectNoticed(
      preloadBundleProblems(bundles.preload, withEvent),
      'leadprep.onFakeProgress is missing'
    )
  })

  it('notice a preload that hands the page the raw IpcRendererEvent', () => {
    const leaky = addEvent('ipc.on("fake:progress", listener);')
    expectNoticed(
      preloadBundleProblems(leaky, withEvent),
      'leadprep.onFakeProgress() listener did not get the payload alone, unchanged'
    )
  })

  it('notice an unsubscribe that does not unsubscribe', () => {
    const sticky = addEvent(
      'const l = (_event, p) => listener(p); ipc.on("fake:progress", l); return () => undefined;'
    )
    expectNoticed(
      preloadBundleProblems(sticky, withEvent),
      'the function leadprep.onFakeProgress() returns does not unsubscribe'
    )
  })
})
