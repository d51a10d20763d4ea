import { test as base, expect } from '@playwright/test'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { apiMethods } from '../../shared/ipc/api'
import type { SecretStore } from '../../electron/main/secrets/SecretStore'
import { IPC_PREFIX, startBridge, type Bridge } from '../bridge/server'
import { installBridge } from '../bridge/installBridge'
import { appSettled, reloadApp } from './fixtures'

/**
 * Damaged stores are shown in the shell. Each test has its own bridge over its own user-data
 * folder, so the damaged file is in place before the app loads (the shared fixture's folder
 * is per worker and already read).
 */
const repoRoot = resolve(__dirname, '../..')

function memorySecrets(): SecretStore {
  return { get: async () => null, set: async () => undefined, remove: async () => undefined }
}

interface Folder {
  userDataDir: string
  bridge: Bridge
}

const test = base.extend<{ folder: Folder }>({
  folder: async ({ page }, use) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-e2e-notices-'))
    const bridge = await startBridge({
      staticDir: join(repoRoot, 'out/renderer'),
      userDataDir,
      secrets: memorySecrets()
    })
    await use({ userDataDir, bridge })
    // The page's event stream keeps a connection open: the page goes before the bridge.
    await page.close()
    await bridge.close()
    await rm(userDataDir, { recursive: true, force: true })
  }
})

const PRESET = (name: string) => ({
  name,
  provider: 'kinbox',
  headerSignature: 'nome|telefone',
  mapping: { phone: 'Telefone' },
  savedAt: '2026-01-01T00:00:00.000Z'
})

test('a damaged presets file is reported in the shell: kept, dropped, where it was set aside', async ({
  page,
  folder: { userDataDir, bridge }
}) => {
  await writeFile(
    join(userDataDir, 'presets.json'),
    JSON.stringify([PRESET('Dezembro'), { name: 42 }, PRESET('Janeiro')])
  )
  await page.addInitScript(installBridge, { methods: apiMethods, prefix: IPC_PREFIX })
  await page.goto(bridge.url)
  await appSettled(page)

  const notices = page.getByTestId('store-notices')
  await expect(notices).toContainText('Encontramos arquivos de dados danificados')
  const notice = notices.getByTestId('store-notice')
  await expect(notice).toHaveCount(1)
  await expect(notice).toHaveAttribute('data-store', 'presets')
  await expect(notice).toContainText('Mapeamentos salvos: 2 item(ns) mantido(s), 1 descartado(s).')
  const aside = (await readdir(userDataDir)).find((n) => n.startsWith('presets.json.damaged-'))
  expect(aside).toBeDefined()
  await expect(notice).toContainText(`guardado como “${aside}”`)
  // Only the file's name reaches the page, never the folder.
  await expect(notices).not.toContainText(userDataDir)

  await notice.getByRole('button', { name: 'Entendi' }).click()
  await expect(notices).toBeHidden()
  // Acknowledged in main: a reload shows nothing again.
  await reloadApp(page)
  await expect(page.getByTestId('store-notices')).toBeHidden()
})

test('a sound folder shows no notice', async ({ page, folder: { bridge } }) => {
  await page.addInitScript(installBridge, { methods: apiMethods, prefix: IPC_PREFIX })
  await page.goto(bridge.url)
  await appSettled(page)
  await expect(page.getByTestId('store-notices')).toHaveCount(0)
})
