import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { log } from '../log'
import { createSimulationClock, type SimulationClockOptions } from './clock'
import { SIMULATED_BASE_URLS } from './identity'
import { createSimulatedIntegraApi } from './integraApi'
import { createSimulatedIntegraCampaigns } from './integraCampaigns'
import { createSimulatedKinboxApi } from './kinboxApi'
import { createSimulatedKinboxCampaigns } from './kinboxCampaigns'
import { createSimulatedFiles, type SimulatedFiles } from './leadsFiles'
import { createSimulatedFetch } from './simulatedFetch'
import {
  MAX_SIMULATED_CAMPAIGNS,
  SIMULATION_FILES_FOLDER,
  boundSimulationState,
  simulationFolder,
  simulationStateStore,
  type SimulationState
} from './simulationState'

/**
 * Simulation mode's world, one per app: a simulated Kinbox and Integra in this process, the
 * leads files they read, and the one way to reach them (`fetch`). With a user-data folder the
 * campaigns and files are kept in `<userData>/simulation/` (simulationState.ts), read on first
 * use: after a restart a campaign is where the clock says it is, and a launch can be resumed.
 */
export interface Simulation {
  /** fetch's signature, answered by the simulated providers only. */
  fetch: typeof fetch
  /** Where a simulated launch "hosts" its Kinbox leads file. */
  files: SimulatedFiles
  /** The simulation's clock (epoch ms). */
  now(): number
}

export interface SimulationOptions extends SimulationClockOptions {
  /** Keeps the state in `<userDataDir>/simulation/`; without it everything is in memory. */
  userDataDir?: string
  /** The most recent campaigns kept (default 50). */
  maxCampaigns?: number
}

export function createSimulation(options: SimulationOptions = {}): Simulation {
  const clock = createSimulationClock(options)
  const { userDataDir } = options
  const max = options.maxCampaigns ?? MAX_SIMULATED_CAMPAIGNS
  const store = userDataDir === undefined ? null : simulationStateStore(userDataDir)
  const filesFolder =
    userDataDir === undefined
      ? undefined
      : join(simulationFolder(userDataDir), SIMULATION_FILES_FOLDER)
  let dirty = false
  const changed = () => void (dirty = true)
  const kinboxCampaigns = createSimulatedKinboxCampaigns(clock.now, changed)
  const integraCampaigns = createSimulatedIntegraCampaigns(clock.now, changed)
  const shelf = createSimulatedFiles({
    ...(filesFolder !== undefined && { folder: filesFolder }),
    now: clock.now,
    changed
  })

  let loaded: Promise<void> | null = null
  const ready = (): Promise<void> => (loaded ??= load())

  async function load(): Promise<void> {
    if (store === null) return
    let state: SimulationState
    try {
      state = await store.read()
    } catch (error) {
      // An unreadable folder: the simulation still works, in memory (saves will say why).
      log.warn('[simulation] could not read the kept simulation:', error)
      return
    }
    kinboxCampaigns.restore(state.kinbox)
    integraCampaigns.restore(state.integra)
    shelf.restore(state.files)
    await removeUnlisted(new Set(state.files.map((f) => f.name)))
  }

  /** Files no state lists (a crash between writing a file and the state, a dropped campaign). */
  async function removeUnlisted(listed: ReadonlySet<string>): Promise<void> {
    if (filesFolder === undefined) return
    const names = await readdir(filesFolder).catch(() => [] as string[])
    const stray = names.filter((name) => !listed.has(name) && !name.endsWith('.tmp'))
    await Promise.all(stray.map((name) => rm(join(filesFolder, name), { force: true })))
  }

  async function save(): Promise<void> {
    if (store === null || !dirty) return
    dirty = false
    const { state, dropped } = boundSimulationState(
      {
        kinbox: kinboxCampaigns.stored(),
        integra: integraCampaigns.stored(),
        files: shelf.stored()
      },
      max
    )
    kinboxCampaigns.drop(dropped.kinbox)
    integraCampaigns.drop(dropped.integra)
    shelf.drop(dropped.files.map((f) => f.url))
    try {
      await store.write(state)
    } catch (error) {
      dirty = true
      log.warn('[simulation] could not save the simulation:', error)
      return
    }
    // Only once the state no longer lists them.
    if (filesFolder !== undefined)
      await Promise.all(
        dropped.files.map((f) => rm(join(filesFolder, f.name), { force: true }).catch(() => {}))
      )
  }

  const routed = createSimulatedFetch({
    [SIMULATED_BASE_URLS.kinbox]: createSimulatedKinboxApi(kinboxCampaigns, shelf.files),
    [SIMULATED_BASE_URLS.integra]: createSimulatedIntegraApi(integraCampaigns)
  })

  return {
    fetch: async (input, init) => {
      await ready()
      const response = await routed(input, init)
      // A campaign created (paused, resumed) is on disk before its answer is.
      await save()
      return response
    },
    files: {
      async upload(key, bytes, contentType) {
        await ready()
        const hosted = await shelf.files.upload(key, bytes, contentType)
        await save()
        return hosted
      },
      async read(url) {
        await ready()
        return shelf.files.read(url)
      }
    },
    now: clock.now
  }
}
