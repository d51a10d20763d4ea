import { BrowserWindow, protocol, shell } from 'electron'
import { join } from 'node:path'
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler
} from './appProtocol'
import { hardenContents } from './hardening'
import type { RestoredBounds } from './windowBounds'
import { windowOptions } from './windowOptions'
import type { TrustedOrigins } from '../ipc/sender'

/** The built renderer folder (out/renderer), the only files app:// serves. */
const RENDERER_DIR = join(__dirname, '../renderer')

/** Before ready: app:// is a standard, secure scheme (ES modules, workers, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/** After ready: serve app://leadprep/ from the built renderer folder. */
export function serveRenderer(): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR))
}

/**
 * Where the renderer is loaded from, which is also the only origin IPC trusts. The dev server
 * (ELECTRON_RENDERER_URL, set by `electron-vite dev`) counts only in an unpackaged build:
 * a packaged app trusts nothing from its environment.
 */
export function rendererLocation(
  packaged: boolean,
  env: Record<string, string | undefined> = process.env
): { load: string; trusted: TrustedOrigins } {
  const devUrl = packaged ? undefined : env['ELECTRON_RENDERER_URL']
  if (devUrl) return { load: devUrl, trusted: { httpOrigin: devUrl } }
  return { load: APP_INDEX_URL, trusted: { appOrigin: APP_ORIGIN } }
}

export function createMainWindow(
  loadUrl: string,
  packaged: boolean,
  bounds?: RestoredBounds
): BrowserWindow {
  const icon = join(__dirname, '../../resources/icon.png')
  const preload = join(__dirname, '../preload/index.js')
  // The remembered size and position (windowBounds.ts) over the defaults; security stays pinned.
  const window = new BrowserWindow({ ...windowOptions(preload, icon, { packaged }), ...bounds })
  hardenContents(window.webContents, (url) => void shell.openExternal(url))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(loadUrl)
  return window
}
