import { apiFileMethods, apiMethods } from '../../../shared/ipc/api'
import { ipcChannels, ipcContract } from '../../../shared/ipc/contract'

/**
 * What the IPC contract in shared/ipc/ promises, read from whatever it exports today:
 * request/response channels with one named method each (`ipcChannels`, `apiMethods`),
 * and main→page events with one `on…` subscribe method each, if an events table exists
 * (an export named like `…events…` keyed by channel, and a map `{ onX: 'event:channel' }`).
 */
export interface ContractSurface {
  invokeChannels: readonly string[]
  /** method name → channel */
  invokeMethods: Readonly<Record<string, string>>
  /**
   * method name → channel, for methods the page calls with a File: the preload looks the
   * path up (webUtils) and sends it; the page never names a path.
   */
  fileMethods: Readonly<Record<string, string>>
  eventChannels: readonly string[]
  /** `on…` method name → event channel */
  eventMethods: Readonly<Record<string, string>>
}

/** Preload methods that are no channel at all: none (a File's path never reaches the page). */
export const localMethods: readonly string[] = []

const sharedIpcModules = import.meta.glob<Record<string, unknown>>('../../../shared/ipc/*.ts', {
  eager: true
})

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const looksLikeChannel = (key: string): boolean => /^[\w-]+:[\w:-]+$/.test(key)

function isEventMethodMap(value: unknown): value is Record<string, string> {
  if (!isPlainObject(value) || value === apiMethods || value === apiFileMethods) return false
  const entries = Object.entries(value)
  return (
    entries.length > 0 && entries.every(([k, v]) => /^on[A-Z]/.test(k) && typeof v === 'string')
  )
}

function eventChannelsIn(name: string, value: unknown): string[] {
  if (!/event/i.test(name) || value === ipcContract) return []
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  if (!isPlainObject(value)) return []
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(looksLikeChannel) ? keys : []
}

export function readContractSurface(): ContractSurface {
  const eventMethods: Record<string, string> = {}
  const eventChannels = new Set<string>()
  for (const exports of Object.values(sharedIpcModules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (isEventMethodMap(value)) Object.assign(eventMethods, value)
      for (const channel of eventChannelsIn(name, value)) eventChannels.add(channel)
    }
  }
  if (eventChannels.size === 0) for (const c of Object.values(eventMethods)) eventChannels.add(c)
  return {
    invokeChannels: [...ipcChannels],
    invokeMethods: { ...apiMethods },
    fileMethods: { ...apiFileMethods },
    eventChannels: [...eventChannels],
    eventMethods
  }
}

/** The contract itself must map every channel to exactly one method, and nothing else. */
export function surfaceProblems(surface: ContractSurface): string[] {
  return [
    ...oneMethodPerChannel(
      'channel',
      surface.invokeChannels,
      { ...surface.invokeMethods, ...surface.fileMethods },
      'apiMethods'
    ),
    ...oneMethodPerChannel('event', surface.eventChannels, surface.eventMethods, 'the on… map')
  ]
}

function oneMethodPerChannel(
  what: string,
  channels: readonly string[],
  methods: Readonly<Record<string, string>>,
  table: string
): string[] {
  const problems: string[] = []
  for (const channel of channels) {
    const named = Object.keys(methods).filter((m) => methods[m] === channel)
    if (named.length !== 1)
      problems.push(`${what} '${channel}' has ${named.length} methods in ${table}, not 1`)
  }
  for (const [method, channel] of Object.entries(methods)) {
    if (!channels.includes(channel))
      problems.push(`${table} method '${method}' names '${channel}', which is no contract ${what}`)
  }
  return problems
}
