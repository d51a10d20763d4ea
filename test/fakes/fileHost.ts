import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A loopback file host ("hospedo eu mesmo" in tests): serves the bytes put at a path, 404 for
 * anything else, and a chosen status for a path on request (e.g. 403 for an expired link).
 */

export interface FileHost {
  url: string
  /** Serves `bytes` at `path` and returns its full URL. */
  put(path: string, bytes: Uint8Array, contentType?: string): string
  /** Answers `status` for `path` instead. */
  refuse(path: string, status: number): string
  downloads: string[]
  close(): Promise<void>
}

export async function startFileHost(): Promise<FileHost> {
  const files = new Map<string, { bytes: Uint8Array; contentType: string }>()
  const refusals = new Map<string, number>()
  const downloads: string[] = []
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    downloads.push(path)
    const refusal = refusals.get(path)
    const file = files.get(path)
    if (refusal !== undefined || !file) {
      res.writeHead(refusal ?? 404, { 'Content-Type': 'text/plain' }).end('no')
      return
    }
    res.writeHead(200, { 'Content-Type': file.contentType }).end(file.bytes)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    downloads,
    put(path, bytes, contentType = 'application/octet-stream') {
      files.set(path, { bytes, contentType })
      return url + path
    },
    refuse(path, status) {
      refusals.set(path, status)
      return url + path
    },
    close() {
      server.closeAllConnections()
      return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
    }
  }
}
