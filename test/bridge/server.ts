/**
 * Test-only stand-in for Electron's IPC: serves the built renderer on loopback and runs
 * each `window.leadprep` call through the SAME dispatcher and handler table as main
 * (same zod parsing, same sender check, real keychain). Never bundled into the app.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { createHandlerTable } from '../../electron/main/ipc/handlerTable'
import { dispatchIpc } from '../../electron/main/ipc/dispatch'
import type { IpcSender } from '../../electron/main/ipc/sender'
import type { SecretStore } from '../../electron/main/secrets/SecretStore'
import { createSettingsStore, DEFAULT_SETTINGS } from '../../electron/main/settings/settingsStore'
import { fromWire, toWire } from './wire'

export const IPC_PREFIX = '/__ipc/'

export interface BridgeOptions {
  staticDir: string
  userDataDir: string
  secrets: SecretStore
  /** The fake Kinbox server's URL, for the Agendar screen's business hours. */
  kinboxBaseUrl?: string
}

export interface Bridge {
  url: string
  /** URLs the app asked to open in the user's browser (shell.openExternal double). */
  openedExternally: string[]
  /** The file the next "open file" dialog returns (null = the user cancels). */
  dialog: { next: string | null }
  /** Where the next "save" dialog saves (null = the user cancels). */
  saveDialog: { next: string | null }
  resetSettings(): Promise<void>
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm'
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? undefined : fromWire(JSON.parse(text))
}

/** The bridge's view of the sending frame: the page's Origin, and whether it is the top frame. */
function senderOf(req: IncomingMessage): IpcSender | null {
  const origin = req.headers.origin
  if (typeof origin !== 'string') return null
  return { url: `${origin}/`, isMainFrame: req.headers['x-leadprep-frame'] === 'main' }
}

async function serveStatic(dir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  const file = normalize(join(dir, pathname === '/' ? 'index.html' : pathname))
  if (!file.startsWith(normalize(dir) + sep)) {
    res.writeHead(403).end()
    return
  }
  try {
    const body = await readFile(file)
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(body)
  } catch {
    res.writeHead(404).end()
  }
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const openedExternally: string[] = []
  const dialog = { next: null as string | null }
  const saveDialog = { next: null as string | null }
  const settings = createSettingsStore(options.userDataDir)
  const table = createHandlerTable({
    secrets: options.secrets,
    settings,
    app: { name: 'LeadPrep', version: '0.0.0-test', platform: process.platform },
    userDataDir: options.userDataDir,
    chooseLeadFile: () => Promise.resolve(dialog.next),
    chooseSavePath: () => Promise.resolve(saveDialog.next),
    ...(options.kinboxBaseUrl ? { kinboxBaseUrl: options.kinboxBaseUrl } : {}),
    openInBrowser: (url) => {
      openedExternally.push(url)
      return Promise.resolve()
    }
  })
  let url = ''
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'POST' && req.url?.startsWith(IPC_PREFIX)) {
        const channel = decodeURIComponent(req.url.slice(IPC_PREFIX.length))
        let payload: unknown
        try {
          payload = await readBody(req)
        } catch {
          payload = Symbol('unparseable')
        }
        const result = await dispatchIpc(
          table,
          { httpOrigin: url },
          channel,
          senderOf(req),
          payload
        )
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(toWire(result)))
        return
      }
      await serveStatic(options.staticDir, req, res)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    openedExternally,
    dialog,
    saveDialog,
    resetSettings: async () => void (await settings.update(DEFAULT_SETTINGS)),
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
