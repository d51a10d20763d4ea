import { createRequire } from 'node:module'
import { Script } from 'node:vm'
import { dirname } from 'node:path'
import { builtPreloadPath } from './builtBundles'
import type { Listener } from './listenerLog'

/**
 * Runs a preload bundle's source the way a sandboxed Electron preload runs: as one classic
 * script (so an `import`/`export` statement is a syntax error) inside the CommonJS wrapper,
 * in a fresh global, with a `require` that offers only what a sandboxed preload gets.
 * `electron` is a recording stand-in for contextBridge, ipcRenderer and webUtils.
 */

export interface RendererRecord {
  exposed: { key: string; api: unknown }[]
  invoked: { channel: string; args: unknown[]; answer: Promise<unknown> }[]
  subscribed: { channel: string; listener: Listener }[]
  unsubscribed: { channel: string; listener: Listener }[]
  sent: { channel: string; args: unknown[] }[]
  requested: string[]
}

export interface PreloadRun {
  record: RendererRecord
  /** What `webUtils.getPathForFile` does; tests swap it. */
  setPathForFile(answer: (file: unknown) => string): void
  /** A syntax or runtime error of the bundle, if any. */
  error?: unknown
}

/** Electron's sandboxed preload may require these besides `electron`. */
const sandboxBuiltins = ['events', 'timers', 'url']
const nodeRequire = createRequire(import.meta.url)

export function runPreloadBundle(source: string): PreloadRun {
  const record: RendererRecord = {
    exposed: [],
    invoked: [],
    subscribed: [],
    unsubscribed: [],
    sent: [],
    requested: []
  }
  let pathForFile = (file: unknown): string => `/home/ana/${(file as { name?: string }).name}`
  const unsubscribe = (channel: string, listener: Listener) =>
    void record.unsubscribed.push({ channel, listener })
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => {
      const answer = Promise.resolve({ ok: true, data: { answeredBy: channel } })
      record.invoked.push({ channel, args, answer })
      return answer
    },
    on: (channel: string, listener: Listener) => {
      record.subscribed.push({ channel, listener })
      return ipcRenderer
    },
    once: (channel: string, listener: Listener) => ipcRenderer.on(channel, listener),
    removeListener: (channel: string, listener: Listener) => (
      unsubscribe(channel, listener),
      ipcRenderer
    ),
    off: (channel: string, listener: Listener) => ipcRenderer.removeListener(channel, listener),
    send: (channel: string, ...args: unknown[]) => void record.sent.push({ channel, args })
  }
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => void record.exposed.push({ key, api })
    },
    ipcRenderer,
    webUtils: { getPathForFile: (file: unknown) => pathForFile(file) }
  }
  const sandboxRequire = (id: string): unknown => {
    record.requested.push(id)
    if (id === 'electron' || id === 'electron/renderer') return electron
    if (sandboxBuiltins.includes(id)) return nodeRequire(`node:${id}`)
    throw new Error(`a sandboxed preload cannot require '${id}'`)
  }
  const run: PreloadRun = { record, setPathForFile: (answer) => void (pathForFile = answer) }
  try {
    const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`
    const wrapper = new Script(wrapped, { filename: builtPreloadPath }).runInNewContext({}) as (
      ...args: unknown[]
    ) => void
    const module = { exports: {} }
    wrapper(module.exports, sandboxRequire, module, builtPreloadPath, dirname(builtPreloadPath))
  } catch (error) {
    run.error = error
  }
  return run
}
