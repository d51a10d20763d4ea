import { test as base, expect, type Page } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { apiMethods } from '../../shared/ipc/api'
import { createKeytarSecretStore } from '../../electron/main/secrets/keytarSecretStore'
import { IPC_PREFIX, startBridge } from '../bridge/server'
import { installBridge } from '../bridge/installBridge'
import { startFakeKinbox, type FakeKinbox } from '../fakes/kinboxServer'

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
  bridge: {
    url: string
    openedExternally: string[]
    /** The file the next native "open file" dialog returns. */
    dialog: { next: string | null }
    /** Where the next native "save" dialog saves. */
    saveDialog: { next: string | null }
    /** The fake Kinbox server this worker's bridge talks to (business hours, campaigns). */
    kinbox: FakeKinbox | null
    /** Forgets tokens and settings so each test starts like a fresh install. */
    reset(): Promise<void>
  }
}

interface TestFixtures {
  traffic: Traffic
  app: Page
}

/** Bruno-style: one bridge and one temp user-data dir per worker. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  bridge: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument
    async ({}, use, workerInfo) => {
      const override = process.env['LEADPREP_E2E_BASE_URL']
      const keychainService = `LeadPrep-e2e-${process.pid}-${workerInfo.workerIndex}`
      if (override) {
        await use({
          url: override,
          openedExternally: [],
          dialog: { next: null },
          saveDialog: { next: null },
          kinbox: null,
          reset: () => Promise.resolve()
        })
        return
      }
      const userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-e2e-'))
      const secrets = createKeytarSecretStore(keychainService)
      const kinbox = await startFakeKinbox({})
      const bridge = await startBridge({
        staticDir: join(repoRoot, 'out/renderer'),
        userDataDir,
        secrets,
        kinboxBaseUrl: kinbox.url
      })
      const reset = async (): Promise<void> => {
        await Promise.all([secrets.remove('kinbox'), secrets.remove('integra')])
        await bridge.resetSettings()
      }
      await use({
        url: bridge.url,
        openedExternally: bridge.openedExternally,
        dialog: bridge.dialog,
        saveDialog: bridge.saveDialog,
        kinbox,
        reset
      })
      await bridge.close()
      await kinbox.close()
      await reset().catch(() => undefined)
      await rm(userDataDir, { recursive: true, force: true })
    },
    { scope: 'worker' }
  ],
  traffic: async ({ page }, use) => {
    const pending: Promise<void>[] = []
    const traffic: Traffic = {
      console: [],
      requests: [],
      responses: [],
      settled: async () => {
        await Promise.all(pending)
      }
    }
    page.on('console', (message) => traffic.console.push(message.text()))
    page.on('pageerror', (error) => traffic.console.push(String(error)))
    page.on('request', (request) =>
      traffic.requests.push({ url: request.url(), body: request.postData() ?? '' })
    )
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => void traffic.responses.push(body.toString('utf8')),
          () => undefined
        )
      )
    })
    await use(traffic)
    await traffic.settled()
  },
  app: async ({ page, bridge, traffic }, use) => {
    void traffic
    await bridge.reset()
    await page.addInitScript(installBridge, { methods: apiMethods, prefix: IPC_PREFIX })
    await page.goto(bridge.url)
    await expect(page.getByTestId('app-ready')).toBeVisible()
    await use(page)
  }
})

export { expect }
