import type { Page } from '@playwright/test'
import { apiMethods } from '../../shared/ipc/api'
import { installBridge } from '../bridge/installBridge'
import { IPC_PREFIX } from '../bridge/server'

/**
 * The bridge's `window.leadprep` in a bench page. Benches run under tsx, whose esbuild keeps
 * function names with a `__name` helper that the serialized function calls in the page:
 * define it there first (Playwright's own transform, used by the browser tests, has none).
 */
export async function addPageBridge(page: Page): Promise<void> {
  await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
  await page.addInitScript(installBridge, { methods: apiMethods, prefix: IPC_PREFIX })
}
