import { test as base, expect, type Page, type Request } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { apiMethods } from '../../shared/ipc/api'
import {
  createKeytarAccounts,
  createKeytarSecretStore
} from '../../electron/main/secrets/keytarSecretStore'
import {
  createS3CredentialStore,
  type S3KeychainAccount
} from '../../electron/main/secrets/s3Credentials'
import { ACCOUNTS_FILE } from '../../electron/main/accounts/accountsStore'
import { IPC_PREFIX, startBridge } from '../bridge/server'
import { installBridge } from '../bridge/installBridge'
import { startFakeKinbox, type FakeKinbox } from '../fakes/kinboxServer'
import { startFakeIntegra, type FakeIntegra } from '../fakes/integraServer'
import { startS3Server, type S3FakeServer } from '../fakes/s3Server'

// Playwright loads these files as CommonJS: __dirname, not import.meta.
export const repoRoot = resolve(__dirname, '../..')

/** Everything the page received or sent, for "this never leaks" assertions. */
export interface Traffic {
  console: string[]
  requests: { url: string; body: string }[]
  responses: string[]
  /** Resolves once every response seen so far has been read. */
  settled(): Promise<void>
}

interface WorkerFixtures {
  /**
   * The worker's main refuses a real launch of the sample even to the fakes on loopback, as it
   * does to the vendors' hosts (a worker of its own: `test.use({ strictSampleGuard: true })`).
   */
  strictSampleGuard: boolean
  bridge: {
    url: string
    openedExternally: string[]
    /** The file the next native "open file" dialog returns. */
    dialog: { next: string | null }
    /** Where the next native "save" dialog saves. */
    saveDialog: { next: string | null }
    /** Paths a dropped or picked File may stand for (the preload's webUtils lookup). */
    droppedFiles: string[]
    /** The fake Kinbox server this worker's bridge talks to (business hours, campaigns). */
    kinbox: FakeKinbox | null
    /** The fake Integra (LEADPREP_INTEGRA_URL of this bridge) and the fake S3 host. */
    integra: FakeIntegra | null
    s3: S3FakeServer | null
    /**
     * Forgets tokens and settings so each test starts like a fresh install, the welcome
     * already seen; `firstRun` leaves no settings file at all, so the welcome shows.
     */
    reset(options?: { firstRun?: boolean }): Promise<void>
    /**
     * Main stops and starts again over the same user-data folder and keychain (an app
     * restart): nothing main held in memory survives. Pages then open the new `url`.
     */
    restart(): Promise<string>
    /** Moves simulation mode's clock forward: simulated campaigns move on when a test says. */
    advanceSimulation(ms: number): void
  }
}

interface TestFixtures {
  traffic: Traffic
  app: Page
  /** A genuine first run (the welcome shows): `test.use({ firstRun: true })`. */
  firstRun: boolean
}

/** Bruno-style: one bridge and one temp user-data dir per worker. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  strictSampleGuard: [false, { scope: 'worker', option: true }],
  bridge: [
    async ({ strictSampleGuard }, use, workerInfo) => {
      const override = process.env['LEADPREP_E2E_BASE_URL']
      const keychainService = `LeadPrep-e2e-${process.pid}-${workerInfo.workerIndex}`
      if (override) {
        await use({
          url: override,
          openedExternally: [],
          dialog: { next: null },
          saveDialog: { next: null },
          droppedFiles: [],
          kinbox: null,
          integra: null,
          s3: null,
          reset: () => Promise.resolve(),
          restart: () => Promise.resolve(override),
          advanceSimulation: () => undefined
        })
        return
      }
      const userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-e2e-'))
      const secrets = createKeytarSecretStore(keychainService)
      const kinbox = await startFakeKinbox({})
      const integra = await startFakeIntegra({})
      const s3 = await startS3Server({})
      const s3Credentials = createS3CredentialStore(
        createKeytarAccounts<S3KeychainAccount>(keychainService)
      )
      const options = {
        staticDir: join(repoRoot, 'out/renderer'),
        userDataDir,
        secrets,
        kinboxBaseUrl: kinbox.url,
        integraBaseUrl: integra.url,
        s3Credentials,
        strictSampleGuard
      }
      let bridge = await startBridge(options)
      const reset = async (options?: { firstRun?: boolean }): Promise<void> => {
        await Promise.all([secrets.remove('kinbox'), secrets.remove('integra')])
        await s3Credentials.remove()
        await rm(join(userDataDir, ACCOUNTS_FILE), { force: true })
        await bridge.resetSettings(options)
      }
      await use({
        get url() {
          return bridge.url
        },
        get openedExternally() {
          return bridge.openedExternally
        },
        get dialog() {
          return bridge.dialog
        },
        get saveDialog() {
          return bridge.saveDialog
        },
        get droppedFiles() {
          return bridge.droppedFiles
        },
        kinbox,
        integra,
        s3,
        reset,
        advanceSimulation: (ms) => bridge.advanceSimulation(ms),
        async restart() {
          await bridge.close()
          bridge = await startBridge({ ...options, keepSettings: true })
          return bridge.url
        }
      })
      await bridge.close()
      await kinbox.close()
      await integra.close()
      await s3.close()
      await reset().catch(() => undefined)
      await rm(userDataDir, { recursive: true, force: true })
    },
    { scope: 'worker' }
  ],
  traffic: async ({ page }, use) => {
    // Bodies are read once a response has fully arrived ('requestfinished'): a response whose
    // loading never ends (a module chunk fetched by a worker that Cancelar terminated) has no
    // body to wait for, and waiting on it hung this fixture's teardown.
    const reads: Promise<void>[] = []
    const ipcInFlight = new Map<Request, Promise<void>>()
    const readBody = (request: Request): Promise<void> =>
      (async () => {
        const response = await request.response()
        if (!response) return
        // The bridge's event stream (server-sent events) never ends: its body is never whole.
        if (response.headers()['content-type']?.startsWith('text/event-stream')) return
        traffic.responses.push((await response.body()).toString('utf8'))
      })().catch(() => undefined)
    const traffic: Traffic = {
      console: [],
      requests: [],
      responses: [],
      settled: async () => {
        // The page's own IPC calls always end (answered or failed): wait for those to land too,
        // and again while finishing ones add reads.
        for (;;) {
          const seen = reads.length
          await Promise.all([...reads, ...ipcInFlight.values()])
          if (ipcInFlight.size === 0 && reads.length === seen) return
        }
      }
    }
    page.on('console', (message) => traffic.console.push(message.text()))
    page.on('pageerror', (error) => traffic.console.push(String(error)))
    const ends = new Map<Request, () => void>()
    page.on('request', (request) => {
      traffic.requests.push({ url: request.url(), body: request.postData() ?? '' })
      if (!new URL(request.url()).pathname.startsWith(IPC_PREFIX)) return
      ipcInFlight.set(request, new Promise<void>((resolve) => ends.set(request, resolve)))
    })
    const finish = (request: Request, read: boolean): void => {
      // The read joins `reads` before the in-flight entry goes, so settled() never misses it.
      if (read) reads.push(readBody(request))
      ends.get(request)?.()
      ends.delete(request)
      ipcInFlight.delete(request)
    }
    page.on('requestfinished', (request) => finish(request, true))
    page.on('requestfailed', (request) => finish(request, false))
    await use(traffic)
    // Nothing to await here: every read ends on its own (a closed target rejects it).
  },
  firstRun: [false, { option: true }],
  app: async ({ page, bridge, traffic, firstRun }, use) => {
    void traffic
    await bridge.reset({ firstRun })
    await page.addInitScript(installBridge, { methods: apiMethods, prefix: IPC_PREFIX })
    await page.goto(bridge.url)
    await appSettled(page)
    await use(page)
  }
})

/**
 * The shell drawn and its first reads on screen (`aria-busy` false): a draft offered at start or
 * Recentes arriving later would move the buttons under a click. A cold start (Chromium's renderer,
 * the bundle, the first paint) is the slowest thing a test waits for: on a 2-core machine at
 * load 18 it passed 30 s once, so this wait has the test's own deadline, not the per-step one.
 */
export async function appSettled(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="app-ready"][aria-busy="false"]')).toBeVisible({
    timeout: 150_000
  })
}

/** The app reloaded (a restart of the page), then settled as at start. */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload()
  await appSettled(page)
}

export { expect }
