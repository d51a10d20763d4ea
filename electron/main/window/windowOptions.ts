import type { BrowserWindowConstructorOptions } from 'electron'

export interface WindowBuild {
  /** Electron's `app.isPackaged`: a packaged build has no DevTools (no console into the page). */
  packaged: boolean
}

/** The one window's options: every security switch pinned explicitly (architecture.md). */
export function windowOptions(
  preloadPath: string,
  iconPath: string | undefined,
  build: WindowBuild
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'LeadPrep',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !build.packaged
    }
  }
}
