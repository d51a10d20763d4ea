import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { hardenContents } from './hardening'
import { windowOptions } from './windowOptions'
import type { TrustedOrigins } from '../ipc/sender'

/** Where the renderer is loaded from, which is also the only origin IPC trusts. */
export function rendererLocation(): { load: string; trusted: TrustedOrigins } {
  const devUrl = process.env['ELECTRON_RENDERER_URL']
  if (devUrl && !process.env['LEADPREP_PACKAGED'])
    return { load: devUrl, trusted: { httpOrigin: devUrl } }
  const fileUrl = pathToFileURL(join(__dirname, '../renderer/index.html')).toString()
  return { load: fileUrl, trusted: { fileUrl } }
}

export function createMainWindow(loadUrl: string): BrowserWindow {
  const icon = join(__dirname, '../../resources/icon.png')
  const window = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.js'), icon))
  hardenContents(window.webContents, (url) => void shell.openExternal(url))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(loadUrl)
  return window
}
