/**
 * Test-only stand-in for Electron's IPC: serves the built renderer on loopback and runs
 * each `window.leadprep` call through the SAME dispatcher and handler table as main
 * (same zod parsing, same sender check, real keychain). Never bundled into the app.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { createHandlerTable } from '../../electron/main/ipc/handlerTable'
import { dispatchIpc } from '../../electron/main/ipc/dispatch'
import type { IpcSender } from '../../electron/main/ipc/sender'
import type { SecretStore } from '../../electron/main/secrets/SecretStore'
import type { MainServices } from '../../electron/main/services'
import type { EmitEvent } from '../../shared/ipc/events'
import { createSettingsStore, DEFAULT_SETTINGS } from '../../electron/main/settings/settingsStore'
import { createSimulation } from '../../electron/main/simulation/simulation'
import { SAMPLE_LEAD_FILE_NAME } from '../../electron/main/files/sampleFile'
import { repoRoot } from '../support/paths'
import { APP_ORIGIN, createAppProtocolHandler } from '../../electron/main/window/appProtocol'
import { fromWire, toWire } from './wire'

export const IPC_PREFIX = '/__ipc/'
/** Server-sent events: main → page events (`ipcEvents`), as webContents.send carries them. */
export const EVENTS_PATH = '/__events'
/** The preload's file methods (leadprep.rememberFile(file)): the page sends a File's name and size. */
export const FILE_PREFIX = '/__file/'

export interface BridgeOptions {
  staticDir: string
  userDataDir: string
  secrets: SecretStore
  /** The fake Kinbox server's URL, for the Agendar screen's business hours. */
  kinboxBaseUrl?: string
  integraBaseUrl?: string
  /** A launch engine wired to fakes (file host, clock); default: built from the services. */
  launches?: MainServices['launches']
  /** The bucket's key pair store (a per-worker keychain service in browser tests). */
  s3Credentials?: MainServices['s3Credentials']
  /**
   * A genuine first run: no settings file, so the welcome shows. By default the bridge marks
   * the welcome seen before the page loads, as the tests that are not about it expect.
   */
  firstRun?: boolean
  /** An app restart: the settings file is left as the last run wrote it. */
  keepSettings?: boolean
  /** Disparar refuses the sample even to the fakes on loopback (MainServices.strictSampleGuard). */
  strictSampleGuard?: boolean
}

export interface Bridge {
  url: string
  /** URLs the app asked to open in the user's browser (shell.openExternal double). */
  openedExternally: string[]
  /** What "Copiar diagnóstico" wrote to main's clipboard (clipboard.writeText double). */
  clipboard: string[]
  /** The file the next "open file" dialog returns (null = the user cancels). */
  dialog: { next: string | null }
  /** Where the next "save" dialog saves (null = the user cancels). */
  saveDialog: { next: string | null }
  /**
   * Files a test dropped or picked in the page, by path: the bridge's webUtils.getPathForFile
   * finds a File's path here by name and size. A File matching none has no path (as one made
   * by the page has none under Electron).
   */
  droppedFiles: string[]
  /** Default settings, the welcome seen; `firstRun`: no settings file at all (the welcome shows). */
  resetSettings(options?: { firstRun?: boolean }): Promise<void>
  /** Moves simulation mode's clock `ms` forward (set here only, never by the page). */
  advanceSimulation(ms: number): void
  close(): Promise<void>
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

/**
 * The built renderer, served by the SAME handler as app://leadprep under Electron: the same
 * files, MIME types and CSP response header (so the page and its workers run under it here).
 */
function staticServer(dir: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const serve = createAppProtocolHandler(dir)
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://bridge').pathname
    const response = await serve(new Request(APP_ORIGIN + path, { method: req.method ?? 'GET' }))
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  }
}

/** The bridge's webUtils.getPathForFile: the newest dropped file with this name and size. */
async function pathForFile(dropped: readonly string[], file: unknown): Promise<string | null> {
  const { name, size } = (file ?? {}) as { name?: unknown; size?: unknown }
  for (const path of [...dropped].reverse()) {
    if (basename(path) !== name) continue
    const info = await stat(path).catch(() => null)
    if (info?.size === size) return path
  }
  return null
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const openedExternally: string[] = []
  const clipboard: string[] = []
  const dialog = { next: null as string | null }
  const saveDialog = { next: null as string | null }
  const droppedFiles: string[] = []
  const serveStatic = staticServer(options.staticDir)
  const settings = createSettingsStore(options.userDataDir)
  let simulationAhead = 0
  const resetSettings = async ({ firstRun = false } = {}): Promise<void> => {
    if (firstRun) await rm(join(options.userDataDir, 'settings.json'), { force: true })
    // update merges: a setting a test turned on (simulation) is turned off here by name.
    else await settings.update({ ...DEFAULT_SETTINGS, welcomeSeen: true, simulation: false })
  }
  if (!options.firstRun && !options.keepSettings) await resetSettings()
  const streams = new Set<ServerResponse>()
  const emit: EmitEvent = (event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(toWire(payload))}\n\n`
    for (const stream of streams) stream.write(frame)
  }
  const table = createHandlerTable({
    emit,
    ...(options.integraBaseUrl ? { integraBaseUrl: options.integraBaseUrl } : {}),
    ...(options.launches ? { launches: options.launches } : {}),
    ...(options.s3Credentials ? { s3Credentials: options.s3Credentials } : {}),
    secrets: options.secrets,
    settings,
    app: { name: 'LeadPrep', version: '0.0.0-test', platform: process.platform },
    userDataDir: options.userDataDir,
    // The simulation's time moves at the wall clock's pace, plus what a test adds with
    // advanceSimulation: a campaign moves on when the test says so, never by a busy machine.
    simulation: createSimulation({
      now: () => Date.now() + simulationAhead,
      userDataDir: options.userDataDir
    }),
    chooseLeadFile: () => Promise.resolve(dialog.next),
    chooseSavePath: () => Promise.resolve(saveDialog.next),
    // The checkout's sample, as `npm run dev` finds it (electron/main/files/sampleFile.ts).
    sampleLeadFile: join(repoRoot(), 'resources', 'sample', SAMPLE_LEAD_FILE_NAME),
    ...(options.kinboxBaseUrl ? { kinboxBaseUrl: options.kinboxBaseUrl } : {}),
    ...(options.strictSampleGuard ? { strictSampleGuard: true } : {}),
    writeClipboard: (text) => void clipboard.push(text),
    openInBrowser: (url) => {
      openedExternally.push(url)
      return Promise.resolve()
    }
  })
  let url = ''
  // Requests still being handled: main's work (a draft save, a journal write) goes on after
  // its socket is cut, so close() waits for it before the folder can be removed.
  const handling = new Set<Promise<void>>()
  const server: Server = createServer((req, res) => {
    const handled = (async () => {
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
      if (
        req.method === 'POST' &&
        req.url === `${FILE_PREFIX}${encodeURIComponent('files:remember')}`
      ) {
        let file: unknown
        try {
          file = await readBody(req)
        } catch {
          file = null
        }
        const path = await pathForFile(droppedFiles, file)
        const result = await dispatchIpc(
          table,
          { httpOrigin: url },
          path === null ? 'files:recent-list' : 'files:remember',
          senderOf(req),
          path === null ? {} : { path }
        )
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(toWire(result)))
        return
      }
      if (req.method === 'GET' && req.url === EVENTS_PATH) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
        res.write(': connected\n\n')
        streams.add(res)
        req.on('close', () => streams.delete(res))
        return
      }
      await serveStatic(req, res)
    })()
    handling.add(handled)
    void handled.finally(() => handling.delete(handled))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    openedExternally,
    clipboard,
    dialog,
    saveDialog,
    droppedFiles,
    resetSettings,
    advanceSimulation: (ms) => void (simulationAhead += ms),
    close: async () => {
      for (const stream of streams) stream.end()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // A socket the browser has not let go of yet (keep-alive, a stream torn down mid-write)
      // would hold close() forever: the bridge is going away, so every connection goes too.
      server.closeAllConnections()
      await closed
      // Their sockets are gone, main's work for them is not: a draft save still writing into
      // the user-data folder made the fixture's removal of it fail (ENOTEMPTY).
      await Promise.allSettled([...handling])
    }
  }
}
