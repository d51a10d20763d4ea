/**
 * Simulated campaigns survive a restart: the simulation keeps its campaigns, their leads and
 * the leads files in `<userData>/simulation/`, so a new simulation over the same folder (the
 * app started again) finds each campaign where the clock says it is, with its results. A
 * damaged state is set aside and reported like every store, and the simulation still works;
 * only the most recent campaigns are kept, with their files.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SIMULATED_BASE_URLS, SIMULATED_TOKENS } from '../../../electron/main/simulation/identity'
import { createSimulation } from '../../../electron/main/simulation/simulation'
import { listStoreNotices } from '../../../electron/main/store/storeNotices'
import type { CampaignResults, CampaignsStatus } from '../../../shared/ipc/campaigns'
import type { LaunchSummary } from '../../../shared/ipc/launch'
import { writeLeadsFile } from '../../../shared/launch/leadsFile'
import { integraPlan, kinboxPlan } from '../launch/launchTestKit'
import { startSimulationWorld, type SimulationWorld } from './simulationKit'

let realFetch: ReturnType<typeof vi.fn>

beforeEach(() => {
  realFetch = vi.fn(() => {
    throw new Error('simulation mode called the real fetch')
  })
  vi.stubGlobal('fetch', realFetch)
})

afterEach(() => {
  expect(realFetch).not.toHaveBeenCalled()
  vi.unstubAllGlobals()
})

describe('after a restart', () => {
  let world: SimulationWorld
  beforeEach(async () => {
    world = await startSimulationWorld({ persist: true })
  })
  afterEach(() => world.close())

  const status = (launchId: string) =>
    world.call<CampaignsStatus>('campaigns:status', { launchId, fresh: true })
  const results = (launchId: string) =>
    world.call<CampaignResults>('campaigns:results', { launchId, fresh: true })

  it('a simulated Kinbox campaign is found, at the progress the clock says, with its results', async () => {
    await world.call<LaunchSummary>('launch:start', { plan: kinboxPlan(12) })
    const done = await world.launched('Campanha Kinbox')
    world.advance(60_000)
    const before = (await status(done.launchId)).parts[0]!
    expect(before.progress).toBeGreaterThan(0)
    expect(before.progress).toBeLessThan(100)
    const leadsOf = async () =>
      (await results(done.launchId)).leads.map((lead) => [lead.result, lead.at])
    const resultsBefore = await leadsOf()
    expect(resultsBefore.some(([result]) => result !== null)).toBe(true)

    world.restart()
    const after = (await status(done.launchId)).parts[0]!
    expect(after).toMatchObject({
      status: before.status,
      progress: before.progress,
      failure: null
    })
    expect(await leadsOf()).toEqual(resultsBefore)

    // Time goes on from the stored start: it ends, every lead with its result.
    world.restart()
    world.advance(10 * 60_000)
    expect((await status(done.launchId)).parts[0]).toMatchObject({ status: 'done', progress: 100 })
    const ended = await results(done.launchId)
    expect(ended.failures).toEqual([])
    expect(ended.leads).toHaveLength(12)
    expect(ended.leads.every((lead) => lead.result !== null)).toBe(true)
  })

  it('a paused Kinbox campaign is still paused, and resumes', async () => {
    await world.call('launch:start', { plan: kinboxPlan(6) })
    const done = await world.launched('Campanha Kinbox')
    world.advance(40_000)
    const paused = await world.call<CampaignsStatus['parts'][number]>('campaigns:pause', {
      launchId: done.launchId,
      part: 1
    })
    world.restart()
    world.advance(10 * 60_000)
    expect((await status(done.launchId)).parts[0]).toMatchObject({
      status: 'paused',
      progress: paused.progress
    })
    await world.call('campaigns:resume', { launchId: done.launchId, part: 1 })
    world.restart()
    world.advance(10 * 60_000)
    expect((await status(done.launchId)).parts[0]).toMatchObject({ status: 'done', progress: 100 })
  })

  it('a simulated Integra campaign is found with its calls', async () => {
    await world.call('launch:start', { plan: integraPlan(30) })
    const done = await world.launched('Campanha Dezembro')
    world.advance(90_000)
    const before = (await status(done.launchId)).parts[0]!
    expect(before.status).toBe('RUNNING')

    world.restart()
    expect((await status(done.launchId)).parts[0]).toMatchObject({
      status: 'RUNNING',
      calls: before.calls,
      failure: null
    })
    world.advance(5 * 60_000)
    expect((await status(done.launchId)).parts[0]).toMatchObject({
      status: 'COMPLETED',
      calls: 30
    })
    const ended = await results(done.launchId)
    expect(ended.failures).toEqual([])
    expect(ended.leads.every((lead) => lead.result !== null && lead.at !== null)).toBe(true)
  })
})

describe('the kept simulation', () => {
  let dir: string
  const now = () => Date.parse('2026-03-02T13:00:00Z')
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'leadprep-simulation-state-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  const send = async (
    simulation: ReturnType<typeof createSimulation>,
    provider: 'kinbox' | 'integra',
    method: string,
    path: string,
    body?: unknown
  ) => {
    const response = await simulation.fetch(SIMULATED_BASE_URLS[provider] + path, {
      method,
      headers: { Authorization: `Bearer ${SIMULATED_TOKENS[provider]}` },
      ...(body !== undefined && { body: JSON.stringify(body) })
    })
    return { status: response.status, json: (await response.json()) as Record<string, unknown> }
  }
  const integraBody = (name: string) => ({
    name,
    project_id: 'b9c80a57-fad2-41a0-a304-727337ad1b1f',
    agent_id: '7e09d093-904a-48de-ac49-b0445906c38e',
    phone_number_id: 'd1082e49-1b2c-4337-81e2-8eb74810351d',
    scheduled_at: '2026-03-02T13:00:00-03:00',
    recipients: [{ phone_number: '+5585981000000' }]
  })
  const leadsFile = () =>
    writeLeadsFile({ header: ['number', 'leadName'], rows: [['5585981000000', 'Ana']] }, 'xlsx')

  it('keeps a hosted leads file: a launch resumed after a restart creates its campaign', async () => {
    const file = leadsFile()
    const hosted = await createSimulation({ now, userDataDir: dir }).files.upload(
      'launch-1/leads.xlsx',
      file.bytes,
      file.contentType
    )
    const restarted = createSimulation({ now, userDataDir: dir })
    expect(await restarted.files.read(hosted.url)).toEqual(file.bytes)
    const created = await send(restarted, 'kinbox', 'POST', '/v3/campaigns', {
      name: 'Retomada',
      leadType: 'file',
      leadsAssetUrl: hosted.url,
      message: 'Olá {{leadName}}'
    })
    expect(created).toMatchObject({ status: 201, json: { leadsCount: 1 } })
  })

  it('keeps the most recent campaigns only, and drops the older ones with their files', async () => {
    let time = now()
    const clock = () => time
    const simulation = createSimulation({ now: clock, userDataDir: dir, maxCampaigns: 2 })
    const ids: string[] = []
    for (const name of ['um', 'dois', 'três']) {
      const file = leadsFile()
      const hosted = await simulation.files.upload(
        `${name}/leads.xlsx`,
        file.bytes,
        file.contentType
      )
      const created = await send(simulation, 'kinbox', 'POST', '/v3/campaigns', {
        name,
        leadType: 'file',
        leadsAssetUrl: hosted.url,
        message: 'Olá {{leadName}}'
      })
      ids.push(String(created.json['id']))
      time += 1000
    }
    await send(simulation, 'integra', 'POST', '/api/v1/campaigns', integraBody('quatro'))

    const restarted = createSimulation({ now: clock, userDataDir: dir, maxCampaigns: 2 })
    const kinbox = await send(restarted, 'kinbox', 'GET', '/v3/campaigns')
    expect((kinbox.json['data'] as { name: string }[]).map((c) => c.name)).toEqual(['três'])
    expect((await send(restarted, 'kinbox', 'GET', `/v3/campaigns/${ids[0]}`)).status).toBe(404)
    const integra = await send(restarted, 'integra', 'GET', '/api/v1/campaigns')
    expect((integra.json['campaigns'] as { name: string }[]).map((c) => c.name)).toEqual(['quatro'])
    expect(await readdir(join(dir, 'simulation', 'files'))).toHaveLength(1)
  })

  it('sets a damaged state aside, reports it like the other stores, and still works', async () => {
    const simulation = createSimulation({ now, userDataDir: dir })
    await send(simulation, 'integra', 'POST', '/api/v1/campaigns', integraBody('mantida'))
    const statePath = join(dir, 'simulation', 'state.json')
    const saved = JSON.parse(await readFile(statePath, 'utf8')) as {
      data: { integra: unknown[] }
    }
    // One campaign hand-broken, and the file cut short of its last brace.
    saved.data.integra.push({ id: 'quebrada', body: { name: 42 }, createdAt: 'ontem' })
    await writeFile(statePath, JSON.stringify(saved).slice(0, -1))

    const restarted = createSimulation({ now, userDataDir: dir })
    const listed = await send(restarted, 'integra', 'GET', '/api/v1/campaigns')
    expect((listed.json['campaigns'] as { name: string }[]).map((c) => c.name)).toEqual(['mantida'])
    const names = await readdir(join(dir, 'simulation'))
    expect(names.some((name) => name.startsWith('state.json.damaged-'))).toBe(true)
    const notice = (await listStoreNotices(dir)).notices.find((n) => n.store === 'simulation')
    expect(notice).toMatchObject({ kept: 1, dropped: 1 })
    expect(notice?.setAsideAs).toMatch(/^state\.json\.damaged-/)

    // A state that is not JSON at all: set aside too, and the simulation starts empty.
    await writeFile(statePath, '\u0000\u0001 nada aqui')
    const again = createSimulation({ now, userDataDir: dir })
    const empty = await send(again, 'integra', 'GET', '/api/v1/campaigns')
    expect(empty.json['campaigns']).toEqual([])
    const created = await send(again, 'integra', 'POST', '/api/v1/campaigns', integraBody('nova'))
    expect(created.status).toBe(201)
    const fresh = createSimulation({ now, userDataDir: dir })
    const after = await send(fresh, 'integra', 'GET', '/api/v1/campaigns')
    expect((after.json['campaigns'] as { name: string }[]).map((c) => c.name)).toEqual(['nova'])
  })
})
