import { join } from 'node:path'
import { z } from 'zod'
import { IntegraCreateCampaign } from '../../../shared/providers/integra/schemas'
import { KinboxCreateCampaign } from '../../../shared/providers/kinbox/schemas'
import { jsonFile, type JsonStore } from '../store/jsonFile'
import { salvageArray, type Salvaged } from '../store/salvage'
import type { StoredIntegraCampaign } from './integraCampaigns'
import type { StoredKinboxCampaign } from './kinboxCampaigns'
import { STORED_FILE_NAME, type StoredLeadsFile } from './leadsFiles'

/**
 * Simulation mode's state on disk, `<userData>/simulation/`: `state.json` (the simulated
 * campaigns with their leads and the times their progress is computed from, and the kept
 * leads files) beside `files/` (those files' bytes). Written like every store (store/jsonFile:
 * versioned, atomic, one queue); a damaged state keeps every valid campaign, the original is
 * copied aside as `state.json.damaged-<time>` and the user-data folder's notices say so.
 */
export const SIMULATION_FOLDER = 'simulation'
export const SIMULATION_FILES_FOLDER = 'files'
/** The most recent simulated campaigns kept; older ones go, with their leads files. */
export const MAX_SIMULATED_CAMPAIGNS = 50

export interface SimulationState {
  kinbox: StoredKinboxCampaign[]
  integra: StoredIntegraCampaign[]
  files: StoredLeadsFile[]
}

const time = z.number().finite()

const KinboxStored: z.ZodType<StoredKinboxCampaign> = z.object({
  id: z.string().min(1),
  body: KinboxCreateCampaign,
  createdAt: time,
  waiting: z.string().min(1),
  leads: z.array(z.object({ number: z.string(), placeholders: z.array(z.string()) })),
  pausedAt: time.nullable(),
  pausedMs: time.nonnegative()
})

const IntegraStored: z.ZodType<StoredIntegraCampaign> = z.object({
  id: z.string().min(1),
  body: IntegraCreateCampaign,
  createdAt: time
})

const FileStored: z.ZodType<StoredLeadsFile> = z.object({
  url: z.string().min(1),
  name: z.string().regex(STORED_FILE_NAME),
  at: time
})

export const emptySimulationState = (): SimulationState => ({ kinbox: [], integra: [], files: [] })

/** Each campaign and file checked on its own: a bad one costs that one, not the others. */
export function salvageSimulationState(data: unknown): Salvaged<SimulationState> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { value: emptySimulationState(), kept: 0, dropped: data === undefined ? 0 : 1 }
  const record = data as Record<string, unknown>
  const kinbox = salvageArray(KinboxStored, record['kinbox'])
  const integra = salvageArray(IntegraStored, record['integra'])
  const files = salvageArray(FileStored, record['files'])
  return {
    value: { kinbox: kinbox.value, integra: integra.value, files: files.value },
    kept: kinbox.kept + integra.kept + files.kept,
    dropped: kinbox.dropped + integra.dropped + files.dropped
  }
}

export const simulationFolder = (userDataDir: string): string =>
  join(userDataDir, SIMULATION_FOLDER)

export function simulationStateStore(
  userDataDir: string,
  now?: () => Date
): JsonStore<SimulationState> {
  return jsonFile(
    {
      store: 'simulation',
      path: join(simulationFolder(userDataDir), 'state.json'),
      // Its notice is listed with the other stores' (the banner at start).
      noticeDir: userDataDir,
      fallback: emptySimulationState,
      salvage: salvageSimulationState
    },
    now
  )
}

export interface BoundedState {
  state: SimulationState
  dropped: { kinbox: string[]; integra: string[]; files: StoredLeadsFile[] }
}

/**
 * The `max` most recent campaigns (both providers together) stay. A leads file stays while a
 * kept campaign reads it; one no campaign reads yet (hosted, its campaign not created: a launch
 * that may be resumed) stays among the `max` most recent such files.
 */
export function boundSimulationState(
  state: SimulationState,
  max = MAX_SIMULATED_CAMPAIGNS
): BoundedState {
  const newest = [
    ...state.kinbox.map((c) => ({ id: c.id, createdAt: c.createdAt })),
    ...state.integra.map((c) => ({ id: c.id, createdAt: c.createdAt }))
  ]
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, max)
  const keep = new Set(newest.map((c) => c.id))
  const kinbox = state.kinbox.filter((c) => keep.has(c.id))
  const integra = state.integra.filter((c) => keep.has(c.id))
  const urlsOf = (list: StoredKinboxCampaign[]) =>
    new Set(list.flatMap((c) => (c.body.leadsAssetUrl === undefined ? [] : [c.body.leadsAssetUrl])))
  const read = urlsOf(kinbox)
  const readByAny = urlsOf(state.kinbox)
  const loose = new Set(
    state.files
      .filter((f) => !readByAny.has(f.url))
      .sort((a, b) => b.at - a.at)
      .slice(0, max)
      .map((f) => f.url)
  )
  const files = state.files.filter((f) => read.has(f.url) || loose.has(f.url))
  const keptFiles = new Set(files.map((f) => f.url))
  return {
    state: { kinbox, integra, files },
    dropped: {
      kinbox: state.kinbox.filter((c) => !keep.has(c.id)).map((c) => c.id),
      integra: state.integra.filter((c) => !keep.has(c.id)).map((c) => c.id),
      files: state.files.filter((f) => !keptFiles.has(f.url))
    }
  }
}
