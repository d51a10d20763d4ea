/** What the dispatcher knows of the frame that sent a request. */
export interface IpcSender {
  /** URL of the sending frame. */
  url: string
  /** Only the window's top frame may call; subframes never may. */
  isMainFrame: boolean
}

/**
 * Which pages may talk to main: the built renderer's own index.html (file://) or the dev
 * server's origin. Anything else — a navigated-away page, an iframe — is refused.
 */
export interface TrustedOrigins {
  /** e.g. 'file:///…/out/renderer/index.html' for the packaged app */
  fileUrl?: string
  /** e.g. 'http://localhost:5173' during `electron-vite dev`, or the test bridge's origin */
  httpOrigin?: string
}

export function isTrustedSender(sender: IpcSender | null, trusted: TrustedOrigins): boolean {
  if (!sender || !sender.isMainFrame) return false
  let url: URL
  try {
    url = new URL(sender.url)
  } catch {
    return false
  }
  if (url.protocol === 'file:' && trusted.fileUrl) {
    const expected = new URL(trusted.fileUrl)
    return url.pathname === expected.pathname && url.host === expected.host
  }
  if ((url.protocol === 'http:' || url.protocol === 'https:') && trusted.httpOrigin) {
    return url.origin === new URL(trusted.httpOrigin).origin
  }
  return false
}
