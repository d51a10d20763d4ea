import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from '@playwright/test'
import type { SecretStore } from '../../electron/main/secrets/SecretStore'
import { apiMethods } from '../../shared/ipc/api'
import { installBridge } from '../bridge/installBridge'
import { IPC_PREFIX, startBridge, type Bridge } from '../bridge/server'

const RENDERER = join(fileURLToPath(new URL('../..', import.meta.url)), 'out/renderer')

/** The bench never touches the keychain. */
function memorySecrets(): SecretStore {
  const tokens = new Map<string, string>()
  return {
    get: (provider) => Promise.resolve(tokens.get(provider) ?? null),
    set: (provider, token) => Promise.resolve(void tokens.set(provider, token)),
    remove: (provider) => Promise.resolve(void tokens.delete(provider))
  }
}

export interface BenchApp {
  page: Page
  url: string
  /**
   * Gives `file` a path, as Electron's webUtils.getPathForFile does for a picked file (main
   * then copies it for the draft itself; without a path the page would send its bytes).
   */
  pick(file: string): string
}

/**
 * The built app in Chromium through the bridge, in a temp user-data folder, for `use`; all
 * of it is closed and removed afterwards. Benches run under tsx, whose esbuild keeps function
 * names with a `__name` helper that the serialized bridge calls in the page: define it there.
 */
export async function withBenchApp<T>(use: (app: BenchApp) => Promise<T>): Promise<T> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('out/renderer missing: build')
  const userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-bench-'))
  const bridge = await startBridge({ staticDir: RENDERER, userDataDir, secrets: memorySecrets() })
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=pt-BR']
  })
  try {
    const page = await browser.newPage({ locale: 'pt-BR', viewport: { width: 1280, height: 800 } })
    await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
    await page.addInitScript(installBridge, { methods: apiMethods, prefix: IPC_PREFIX })
    return await use({ page, url: bridge.url, pick: (file) => picked(bridge, file) })
  } finally {
    await browser.close()
    await bridge.close()
    await rm(userDataDir, { recursive: true, force: true })
  }
}

function picked(bridge: Bridge, file: string): string {
  if (!bridge.droppedFiles.includes(file)) bridge.droppedFiles.push(file)
  return file
}
