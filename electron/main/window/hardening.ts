import { isSafeExternalUrl } from '../platform/externalLinks'

/** The slice of Electron's WebContents this module needs (so tests can pass a double). */
export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void
  ): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
  session: {
    setPermissionRequestHandler(
      handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void
    ): void
    setPermissionCheckHandler(handler: () => boolean): void
  }
}

/**
 * Denies everything a hostile page could try: navigating the window elsewhere, opening new
 * windows, webviews, and permission prompts. https links go to the user's browser instead.
 */
export function hardenContents(
  contents: GuardedContents,
  openInBrowser: (url: string) => void
): void {
  const block = (event: { preventDefault(): void }): void => event.preventDefault()
  contents.on('will-navigate', block)
  contents.on('will-redirect', block)
  contents.on('will-attach-webview', block)
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openInBrowser(url)
    return { action: 'deny' }
  })
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  contents.session.setPermissionCheckHandler(() => false)
}
