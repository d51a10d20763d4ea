import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { windowOptions } from '../../../electron/main/window/windowOptions'
import { hardenContents, type GuardedContents } from '../../../electron/main/window/hardening'
import { apiFileMethods, apiMethods } from '../../../shared/ipc/api'
import { ipcChannels } from '../../../shared/ipc/contract'

describe('the main window', () => {
  it('pins every security switch', () => {
    const prefs = windowOptions('/app/out/preload/index.js', undefined, {
      packaged: true
    }).webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.js'
    })
  })

  it('has DevTools in a dev build only, never in a packaged one', () => {
    const devTools = (packaged: boolean) =>
      windowOptions('/app/out/preload/index.js', undefined, { packaged }).webPreferences?.devTools
    expect(devTools(true)).toBe(false)
    expect(devTools(false)).toBe(true)
  })

  it('denies navigation, new windows, webviews and permission prompts', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>()
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined
    let permissionHandler:
      ((wc: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined
    let checkHandler: (() => boolean) | undefined
    const contents: GuardedContents = {
      on: ((event: string, listener: (event: { preventDefault(): void }, url?: string) => void) => {
        listeners.set(event, listener)
      }) as GuardedContents['on'],
      setWindowOpenHandler: (h) => void (openHandler = h),
      session: {
        setPermissionRequestHandler: (h) => void (permissionHandler = h),
        setPermissionCheckHandler: (h) => void (checkHandler = h)
      }
    }
    const opened: string[] = []
    hardenContents(contents, (url) => opened.push(url))

    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false
      listeners.get(event)?.(
        { preventDefault: () => void (prevented = true) },
        'https://evil.example/'
      )
      expect(prevented, event).toBe(true)
    }
    expect(openHandler?.({ url: 'https://kinbox.com.br/' })).toEqual({ action: 'deny' })
    expect(openHandler?.({ url: 'http://kinbox.com.br/' })).toEqual({ action: 'deny' })
    // Only the providers' and LeadPrep's own hosts reach the browser, never any https host.
    expect(openHandler?.({ url: 'https://evil.example/phish' })).toEqual({ action: 'deny' })
    expect(openHandler?.({ url: 'https://kinbox.com.br.evil.example/' })).toEqual({
      action: 'deny'
    })
    expect(openHandler?.({ url: 'https://app.useintegra.com.br/ajuda' })).toEqual({
      action: 'deny'
    })
    expect(opened).toEqual(['https://kinbox.com.br/', 'https://app.useintegra.com.br/ajuda'])
    let granted: boolean | undefined
    permissionHandler?.({}, 'media', (g) => void (granted = g))
    expect(granted).toBe(false)
    expect(checkHandler?.()).toBe(false)
  })

  it('has a strict CSP in renderer/index.html', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8')
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
  })

  it('exposes exactly one named preload method per IPC channel, and nothing generic', () => {
    const preload = readFileSync(
      new URL('../../../electron/preload/index.ts', import.meta.url),
      'utf8'
    )
    const exposed = [...preload.matchAll(/^\s+(\w+): channel\('([^']+)'\)/gm)].map((m) => [
      m[1],
      m[2]
    ])
    expect(Object.fromEntries(exposed)).toEqual(apiMethods)
    expect(new Set([...Object.values(apiMethods), ...Object.values(apiFileMethods)])).toEqual(
      new Set(ipcChannels)
    )
    const code = preload.replace(/^\s*\/\/.*$/gm, '')
    expect(code).not.toMatch(/process\.env|\binvoke:|\bsend:|\bon:/)
  })
})
