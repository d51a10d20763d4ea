/** What the dispatcher knows of the frame that sent a request. */
export interface IpcSender {
  /** URL of the sending frame. */
  url: string
  /** Only the window's top frame may call; subframes never may. */
  isMainFrame: boolean
}

/**
 * Which pages may talk to main: the built renderer served from app://leadprep, or the dev
 * server's origin. Anything else — a file:// page, a navigated-away page, an iframe — is refused.
 */
export interface TrustedOrigins {
  /** 'app://leadprep' for the built app (window/appProtocol.ts) */
  appOrigin?: string
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
  if (trusted.appOrigin) {
    // A custom scheme has an opaque origin in WHATWG terms: compare scheme and host.
    const expected = new URL(trusted.appOrigin)
    if (url.protocol === expected.protocol && url.host === expected.host && url.port === '')
      return url.username === '' && url.password === ''
  }
  if ((url.protocol === 'http:' || url.protocol === 'https:') && trusted.httpOrigin) {
    return url.origin === new URL(trusted.httpOrigin).origin
  }
  return false
}
