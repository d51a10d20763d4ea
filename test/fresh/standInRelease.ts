import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { zipSync } from 'fflate'

/**
 * A stand-in Electron release on loopback, in the layout @electron/get fetches from
 * ELECTRON_MIRROR: `vVERSION/electron-vVERSION-PLATFORM-ARCH.zip` and `vVERSION/SHASUMS256.txt`.
 * Its `electron` is a shell script that writes its cwd and arguments to `recordFile` and exits 0,
 * enough to prove what `npm start` launched without a real Electron.
 */

/** Where Electron's own install.js expects the executable inside the zip (its path.txt). */
export function executablePath(platform = process.platform): string {
  return platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron'
}

export function releaseFileName(version: string): string {
  return `electron-v${version}-${process.platform}-${process.arch}.zip`
}

function recorderScript(recordFile: string): string {
  const quoted = `'${recordFile.replace(/'/g, `'\\''`)}'`
  return `#!/bin/sh\n{ pwd -P; for a in "$@"; do printf '%s\\n' "$a"; done; } > ${quoted}\n`
}

/**
 * The zip with Unix mode bits: `os: 3` + `attrs: mode << 16` is how a zip carries them, and
 * Electron's extractor (@electron-internal/extract-zip) applies them, so the script stays executable.
 */
export function buildStandInZip(version: string, recordFile: string): Uint8Array {
  const unix = (mode: number) => ({ os: 3, attrs: (0o100000 | mode) << 16 })
  const text = (value: string) => new TextEncoder().encode(value)
  return zipSync({
    [executablePath()]: [text(recorderScript(recordFile)), unix(0o755)],
    version: [text(version), unix(0o644)],
    LICENSE: [text('stand-in Electron for the fresh-start test\n'), unix(0o644)]
  })
}

export function shasums(files: Record<string, Uint8Array>): string {
  return Object.entries(files)
    .map(([name, bytes]) => `${createHash('sha256').update(bytes).digest('hex')} *${name}\n`)
    .join('')
}

export interface Mirror {
  /** ELECTRON_MIRROR's value, with the trailing slash @electron/get joins to. */
  url: string
  /** Every path asked for, in order, with the status it got. */
  requests: { path: string; status: number }[]
  close(): Promise<void>
}

/** Serves `files` (path without the leading slash → bytes) on 127.0.0.1; anything else is 404. */
export async function startMirror(files: Record<string, Uint8Array>): Promise<Mirror> {
  const requests: Mirror['requests'] = []
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://mirror').pathname).slice(1)
    const body = files[path]
    requests.push({ path, status: body ? 200 : 404 })
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
      return
    }
    res.writeHead(200, { 'content-length': body.byteLength }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
