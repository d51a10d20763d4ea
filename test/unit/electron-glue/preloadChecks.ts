import { localMethods, surfaceProblems, type ContractSurface } from './contractSurface'
import { runPreloadBundle, type PreloadRun } from './runPreloadBundle'

/**
 * What the built preload must do, as named checks returning problems (empty = fine). They
 * run against the real bundle and against mutated copies (to prove each can fail).
 */

export interface PreloadCheck {
  name: string
  problems(source: string, surface: ContractSurface): string[]
}

type Api = Record<string, unknown>

function exposedApi(run: PreloadRun): Api {
  const [only] = run.record.exposed
  return typeof only?.api === 'object' && only.api !== null ? (only.api as Api) : {}
}

const asFunction = (value: unknown): ((...args: unknown[]) => unknown) | null =>
  typeof value === 'function' ? (value as (...args: unknown[]) => unknown) : null

function forwardsUnchanged(run: PreloadRun, method: string, channel: string): string[] {
  const fn = asFunction(exposedApi(run)[method])
  if (!fn) return [`leadprep.${method} is missing (it should invoke '${channel}')`]
  const payload = { sentBy: method }
  const before = run.record.invoked.length
  const answer = fn(payload)
  const invoked = run.record.invoked.slice(before)
  const [only] = invoked
  if (invoked.length !== 1 || !only)
    return [`leadprep.${method}() made ${invoked.length} ipcRenderer.invoke calls, not 1`]
  const problems: string[] = []
  if (only.channel !== channel)
    problems.push(`leadprep.${method}() invoked '${only.channel}', not '${channel}'`)
  if (only.args.length !== 1 || only.args[0] !== payload)
    problems.push(`leadprep.${method}() did not pass its payload through unchanged`)
  if (answer !== only.answer) problems.push(`leadprep.${method}() did not return invoke's answer`)
  return problems
}

function subscribesTo(run: PreloadRun, method: string, channel: string): string[] {
  const fn = asFunction(exposedApi(run)[method])
  if (!fn) return [`leadprep.${method} is missing (it should subscribe to '${channel}')`]
  const heard: unknown[][] = []
  const before = run.record.subscribed.length
  const stop = fn((...args: unknown[]) => void heard.push(args))
  const subscribed = run.record.subscribed.slice(before)
  const [only] = subscribed
  if (subscribed.length !== 1 || !only)
    return [`leadprep.${method}() made ${subscribed.length} ipcRenderer.on calls, not 1`]
  if (only.channel !== channel) return [`leadprep.${method}() listens to '${only.channel}'`]
  const problems: string[] = []
  const payload = { event: channel }
  ;(only.listener as (...a: unknown[]) => unknown)({ sender: 'ipc-renderer-event' }, payload)
  // The page gets the payload alone: the IpcRendererEvent (with `sender`) must not leak.
  if (heard.length !== 1 || heard[0]?.length !== 1 || heard[0][0] !== payload)
    problems.push(`leadprep.${method}() listener did not get the payload alone, unchanged`)
  const stopFn = asFunction(stop)
  if (stopFn) {
    stopFn()
    const removed = run.record.unsubscribed.some(
      (u) => u.channel === channel && u.listener === only.listener
    )
    if (!removed) problems.push(`the function leadprep.${method}() returns does not unsubscribe`)
  }
  return problems
}

/**
 * leadprep.rememberFile(file): webUtils knows the path; whatever the page put on the object
 * (`path`, a second argument) must not count. A File with no path (made by the page) or one
 * webUtils cannot read reaches no file channel.
 */
function sendsWebUtilsPath(source: string, method: string, channel: string): string[] {
  const run = runPreloadBundle(source)
  const fn = asFunction(exposedApi(run)[method])
  if (!fn) return [`leadprep.${method} is missing (it should invoke '${channel}')`]
  const file = { name: 'leads.csv', size: 10, path: '/etc/passwd' }
  const problems: string[] = []
  const sent = (args: unknown[]) => {
    const before = run.record.invoked.length
    void fn(...args)
    return run.record.invoked.slice(before)
  }
  const [only, ...more] = sent([file, { path: '/etc/shadow' }])
  if (!only || more.length > 0 || only.channel !== channel)
    problems.push(`leadprep.${method}(file) did not make one '${channel}' call`)
  else if (JSON.stringify(only.args) !== JSON.stringify([{ path: '/home/ana/leads.csv' }]))
    problems.push(`leadprep.${method}(file) sent ${JSON.stringify(only.args)}, not webUtils' path`)
  for (const [what, answer] of [
    ['an unknown path ("")', () => ''],
    [
      'a webUtils failure',
      () => {
        throw new Error('not a File')
      }
    ]
  ] as const) {
    run.setPathForFile(answer)
    const calls = sent([file])
    if (calls.some((c) => c.channel === channel))
      problems.push(`${what} still invoked '${channel}' with ${JSON.stringify(calls[0]?.args)}`)
  }
  return problems
}

export const preloadChecks: PreloadCheck[] = [
  {
    name: 'is one CommonJS script a sandboxed preload can run',
    problems: (source) => {
      const run = runPreloadBundle(source)
      const problems = run.error
        ? [`it does not run as a sandboxed CommonJS preload: ${String(run.error)}`]
        : []
      if (/\bimport\s*\(/.test(source))
        problems.push('it uses import(), which a sandboxed preload lacks')
      return problems
    }
  },
  {
    name: 'exposes window.leadprep exactly once',
    problems: (source) => {
      const keys = runPreloadBundle(source).record.exposed.map((e) => e.key)
      return keys.length === 1 && keys[0] === 'leadprep'
        ? []
        : [`contextBridge.exposeInMainWorld was called for [${keys.join(', ')}]`]
    }
  },
  {
    name: 'has exactly one method per contract channel and event, and nothing else',
    problems: (source, surface) => {
      const api = exposedApi(runPreloadBundle(source))
      const expected = new Set<string>([
        ...Object.keys(surface.invokeMethods),
        ...Object.keys(surface.fileMethods),
        ...Object.keys(surface.eventMethods),
        ...localMethods
      ])
      return [
        ...surfaceProblems(surface),
        ...[...expected].filter((m) => !asFunction(api[m])).map((m) => `leadprep.${m} is missing`),
        ...Object.keys(api)
          .filter((m) => !expected.has(m))
          .map((m) => `leadprep.${m} is exposed but is in no contract table`)
      ]
    }
  },
  {
    name: 'forwards each method to its own channel with the payload unchanged',
    problems: (source, surface) => {
      const run = runPreloadBundle(source)
      return Object.entries(surface.invokeMethods).flatMap(([m, c]) => forwardsUnchanged(run, m, c))
    }
  },
  {
    name: 'subscribes each on… method to its own event channel',
    problems: (source, surface) => {
      const run = runPreloadBundle(source)
      return Object.entries(surface.eventMethods).flatMap(([m, c]) => subscribesTo(run, m, c))
    }
  },
  {
    name: "sends a File's webUtils path to main, never one the page gives, and none for a page-made File",
    problems: (source, surface) =>
      Object.entries(surface.fileMethods).flatMap(([m, c]) => sendsWebUtilsPath(source, m, c))
  },
  {
    name: 'sends nothing on its own at load',
    problems: (source) => {
      const { record } = runPreloadBundle(source)
      return [...record.sent, ...record.invoked].map(
        (m) => `it sent '${m.channel}' while loading, before the page asked for anything`
      )
    }
  }
]

export function preloadBundleProblems(source: string, surface: ContractSurface): string[] {
  return preloadChecks.flatMap((check) =>
    check.problems(source, surface).map((p) => `${check.name}: ${p}`)
  )
}
