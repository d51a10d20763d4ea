import { afterAll, describe, expect, it } from 'vitest'
import { builtMainPath, readBuiltBundle, staleBuildHint } from './builtBundles'
import { readContractSurface } from './contractSurface'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  APP_PAGE,
  findRole,
  invokeFrom,
  lastMenu,
  mainChecks,
  startMainRuns,
  type MainRuns
} from './mainChecks'
import { runMainBundle, type MainRun } from './runMainBundle'

const surface = readContractSurface()
let runs: Promise<MainRuns> | undefined

/** Started on first use, so a missing out/ fails every test with the build hint. */
const started = (): Promise<MainRuns> => (runs ??= startMainRuns(readBuiltBundle(builtMainPath)))

afterAll(async () => {
  const done = await runs?.catch(() => undefined)
  done?.granted.dispose()
  done?.refused.dispose()
  done?.remembered.dispose()
})

describe('the built main bundle (out/main/index.js) under a recording electron', () => {
  for (const check of mainChecks) {
    it(check.name, async () => {
      expect(await check.problems(await started(), surface), staleBuildHint(builtMainPath)).toEqual(
        []
      )
    })
  }

  it('trusts whatever page the window loads, e.g. the dev server under electron-vite dev', async () => {
    const devUrl = 'http://localhost:5173/'
    const dev = await runMainBundle(readBuiltBundle(builtMainPath), {
      env: { ELECTRON_RENDERER_URL: devUrl }
    })
    try {
      const [window] = dev.record.windows
      expect(window?.loadedUrls).toEqual([devUrl])
      const page = { url: `${devUrl}#/map` }
      const own = await invokeFrom(dev, 'app:info', { senderFrame: page, mainFrame: page }, {})
      expect(own).toMatchObject({ ok: true, data: { name: dev.app.name } })
      const other = { url: 'http://localhost:5174/' }
      const foreign = await invokeFrom(
        dev,
        'app:info',
        { senderFrame: other, mainFrame: other },
        {}
      )
      expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } })
    } finally {
      dev.dispose()
    }
  })

  it('a packaged build ignores ELECTRON_RENDERER_URL and the provider URL overrides', async () => {
    const devUrl = 'http://localhost:5173/'
    const override = 'http://127.0.0.1:9/'
    const env = { ELECTRON_RENDERER_URL: devUrl, LEADPREP_KINBOX_URL: override }
    const asked = async (run: MainRun): Promise<string[]> => {
      await run.keytar.setPassword('LeadPrep', 'kinbox', 'kbx-glue-token-1234')
      const page = run.record.windows[0]?.webContents.mainFrame ?? { url: '' }
      const urls: string[] = []
      const realFetch = globalThis.fetch
      // The bundle shares this realm's fetch: record where it would go, answer nothing useful.
      globalThis.fetch = (async (input: string | URL | Request) => {
        urls.push(input instanceof Request ? input.url : String(input))
        return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } })
      }) as typeof fetch
      try {
        await invokeFrom(run, 'kinbox:business-hours', { senderFrame: page, mainFrame: page }, {})
      } finally {
        globalThis.fetch = realFetch
      }
      return [...new Set(urls.map((u) => new URL(u).origin))]
    }
    const source = readBuiltBundle(builtMainPath)
    const packaged = await runMainBundle(source, { packaged: true, env })
    const dev = await runMainBundle(source, { packaged: false, env })
    try {
      expect(packaged.record.windows[0]?.loadedUrls).toEqual([APP_PAGE])
      const devPage = { url: devUrl }
      const fromDevServer = await invokeFrom(
        packaged,
        'app:info',
        { senderFrame: devPage, mainFrame: devPage },
        {}
      )
      expect(fromDevServer).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } })
      expect(await asked(packaged)).toEqual(['https://api4.kinbox.com.br'])
      // The same environment in a dev build does count: the check above can fail.
      expect(dev.record.windows[0]?.loadedUrls).toEqual([devUrl])
      expect(await asked(dev)).toEqual([new URL(override).origin])
    } finally {
      packaged.dispose()
      dev.dispose()
    }
  })

  it('a packaged build sends no token while NODE_TLS_REJECT_UNAUTHORIZED=0 is set', async () => {
    const sent = async (run: MainRun): Promise<{ urls: string[]; answer: unknown }> => {
      await run.keytar.setPassword('LeadPrep', 'kinbox', 'kbx-glue-token-1234')
      const page = run.record.windows[0]?.webContents.mainFrame ?? { url: '' }
      const urls: string[] = []
      const realFetch = globalThis.fetch
      const savedTls = process.env['NODE_TLS_REJECT_UNAUTHORIZED']
      globalThis.fetch = (async (input: string | URL | Request) => {
        urls.push(input instanceof Request ? input.url : String(input))
        return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } })
      }) as typeof fetch
      // Read when a request is made (no real request leaves: fetch is the recording stand-in).
      process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'
      try {
        const from = { senderFrame: page, mainFrame: page }
        const answer = await invokeFrom(run, 'kinbox:business-hours', from, {})
        return { urls, answer }
      } finally {
        globalThis.fetch = realFetch
        if (savedTls === undefined) delete process.env['NODE_TLS_REJECT_UNAUTHORIZED']
        else process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = savedTls
      }
    }
    const source = readBuiltBundle(builtMainPath)
    const packaged = await runMainBundle(source, { packaged: true })
    const dev = await runMainBundle(source, { packaged: false })
    try {
      const fromPackaged = await sent(packaged)
      expect(fromPackaged.urls).toEqual([])
      expect(JSON.stringify(fromPackaged.answer)).toContain('NODE_TLS_REJECT_UNAUTHORIZED=0')
      // A dev build (the fakes, staging) still goes ahead: the check above can fail.
      expect((await sent(dev)).urls).not.toEqual([])
    } finally {
      packaged.dispose()
      dev.dispose()
    }
  })

  it('a packaged build has no reload and no DevTools in its menu (zoom stays)', async () => {
    const packaged = await runMainBundle(readBuiltBundle(builtMainPath), { packaged: true })
    try {
      const menu = lastMenu(packaged)
      expect(menu).not.toBeNull()
      for (const role of ['reload', 'forceReload', 'toggleDevTools'])
        expect(findRole(menu ?? [], role), role).toBeUndefined()
      for (const role of ['zoomIn', 'zoomOut', 'resetZoom', 'copy', 'paste'])
        expect(findRole(menu ?? [], role), role).toBeDefined()
    } finally {
      packaged.dispose()
    }
  })

  it('imports a lead file named on the first launch once the page asks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadprep-argv-'))
    const leads = join(dir, 'primeira.xlsx')
    writeFileSync(leads, 'not really a workbook')
    const run = await runMainBundle(readBuiltBundle(builtMainPath), {
      argv: ['/opt/LeadPrep/leadprep', '--allow-file-access-from-files', leads]
    })
    try {
      const page = run.record.windows[0]?.webContents.mainFrame ?? { url: '' }
      const from = { senderFrame: page, mainFrame: page }
      const answer = await invokeFrom(run, 'files:take-opened', from, {})
      expect(answer).toMatchObject({ ok: true, data: { name: 'primeira.xlsx' } })
    } finally {
      run.dispose()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('validates the payload before a handler runs', async () => {
    const { granted } = await started()
    const page = granted.record.windows[0]?.webContents.mainFrame ?? { url: '' }
    const from = { senderFrame: page, mainFrame: page }
    const answer = await invokeFrom(granted, 'app:info', from, { extra: 'field' })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
  })

  it('reaches the keychain through the stand-in keytar, never the real one', async () => {
    const { granted } = await started()
    const page = granted.record.windows[0]?.webContents.mainFrame ?? { url: '' }
    const from = { senderFrame: page, mainFrame: page }
    const answer = await invokeFrom(granted, 'secrets:status', from, { provider: 'kinbox' })
    expect(answer).toMatchObject({ ok: true, data: { provider: 'kinbox', set: false } })
    expect(granted.keytar.calls).toEqual(['getPassword LeadPrep/kinbox'])
  })
})
