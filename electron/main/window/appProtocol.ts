import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { rendererSecurityHeaders } from './csp'

/**
 * The renderer is served from `app://leadprep/…`, a privileged standard scheme, instead of
 * file:// (where CSP 'self' admits any local file). Only files inside the built renderer
 * folder are served, each with the CSP as a response header.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'leadprep'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
} as const

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export const contentTypeOf = (path: string): string =>
  CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'

const answer = (status: number, body: Uint8Array<ArrayBuffer> | null, type?: string): Response =>
  new Response(body, {
    status,
    headers: { ...rendererSecurityHeaders(), ...(type ? { 'content-type': type } : {}) }
  })

/**
 * The request's path as segments inside the folder, or null for anything that could leave it:
 * `..` (plain or percent-encoded), backslashes, NUL, or undecodable escapes.
 */
function insidePath(pathname: string): string[] | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '.' || s === '..')) return null
  return segments.length === 0 ? ['index.html'] : segments
}

/** The real file a request names, or null when it is missing or outside `rootDir`. */
async function fileFor(rootDir: string, url: URL): Promise<string | null> {
  const segments = insidePath(url.pathname)
  if (segments === null) return null
  const root = await realpath(rootDir).catch(() => null)
  if (root === null) return null
  const target = resolve(root, ...segments)
  if (!target.startsWith(root + sep)) return null
  // A link inside the folder must not lead out of it.
  const real = await realpath(target).catch(() => null)
  if (real === null || !real.startsWith(root + sep)) return null
  const info = await stat(real).catch(() => null)
  return info?.isFile() ? real : null
}

/** protocol.handle's handler for app://: a pure Request → Response over `rootDir`. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return answer(400, null)
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return answer(404, null)
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, null)
    const file = await fileFor(rootDir, url)
    if (file === null) return answer(404, null)
    const content = await readFile(file).catch(() => null)
    if (content === null) return answer(404, null)
    const body = request.method === 'HEAD' ? null : new Uint8Array(content)
    return answer(200, body, contentTypeOf(file))
  }
}
