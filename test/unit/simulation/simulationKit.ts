import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import type { SecretStore } from '../../../electron/main/secrets/SecretStore'
import type { MainServices } from '../../../electron/main/services'
import { createSimulation } from '../../../electron/main/simulation/simulation'
import type { Settings } from '../../../shared/ipc/schemas'
import type { LaunchSummary } from '../../../shared/ipc/launch'

/**
 * The app's handler table with simulation mode on, a simulation on a clock the test moves,
 * and a keychain that records every read (simulation must never ask it).
 */
export interface SimulationWorld {
  call<T>(channel: string, payload: unknown): Promise<T>
  /** Moves the simulation's clock on. */
  advance(ms: number): void
  keychainReads: string[]
  settings: Settings
  /** Polls launch:list until the launch named `name` is `done`. */
  launched(name: string): Promise<LaunchSummary>
  /** The app restarted: a new simulation and handler table over the same folder and clock. */
  restart(): void
  userDataDir: string
  close(): Promise<void>
}

export interface SimulationWorldOptions {
  /** Keep the simulation in `<userData>/simulation/`, as the app does (default: in memory). */
  persist?: boolean
}

export async function startSimulationWorld(
  options: SimulationWorldOptions = {}
): Promise<SimulationWorld> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-simulation-'))
  // From the wall clock, as in the app: Campanhas scans Integra's calls since the launch began.
  let time = Date.now()
  const keychainReads: string[] = []
  const secrets: SecretStore = {
    get: (provider) => {
      keychainReads.push(provider)
      return Promise.resolve(null)
    },
    set: () => Promise.reject(new Error('no keychain writes here')),
    remove: () => Promise.reject(new Error('no keychain writes here'))
  }
  const world = { settings: { language: 'pt-BR', simulation: true } as Settings }
  const services: MainServices = {
    secrets,
    settings: {
      get: () => Promise.resolve(world.settings),
      update: (patch) => Promise.resolve((world.settings = { ...world.settings, ...patch }))
    },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: () => Promise.resolve(),
    chooseLeadFile: () => Promise.resolve(null),
    chooseSavePath: () => Promise.resolve(null),
    userDataDir
  }
  const simulation = () =>
    createSimulation({ now: () => time, ...(options.persist === true && { userDataDir }) })
  let handlers = createHandlerTable({ ...services, simulation: simulation() })
  async function call<T>(channel: string, payload: unknown): Promise<T> {
    const result = await dispatchIpc(
      handlers,
      { appOrigin: 'app://leadprep' },
      channel,
      { url: 'app://leadprep/index.html', isMainFrame: true },
      payload
    )
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data as T
  }
  return {
    call,
    advance: (ms) => void (time += ms),
    keychainReads,
    restart: () => void (handlers = createHandlerTable({ ...services, simulation: simulation() })),
    userDataDir,
    get settings() {
      return world.settings
    },
    async launched(name) {
      let found: LaunchSummary | undefined
      await expect
        .poll(async () => {
          const list = await call<LaunchSummary[]>('launch:list', {})
          found = list.find((launch) => launch.name === name && !launch.active)
          return found?.state
        })
        .toBe('done')
      return found!
    },
    close: () => rm(userDataDir, { recursive: true, force: true })
  }
}
