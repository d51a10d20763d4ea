/**
 * Simulation mode end to end through the app's handler table: a launch to each provider
 * creates its campaign in the in-app simulation (no token, no file host), the launch is
 * recorded as simulated, and Campanhas sees it progress over the simulation's (injected)
 * time to finished, with a result for every lead.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CampaignResults, CampaignsStatus } from '../../../shared/ipc/campaigns'
import type { LaunchReview, LaunchSummary } from '../../../shared/ipc/launch'
import { integraPlan, kinboxPlan } from '../launch/launchTestKit'
import { startSimulationWorld, type SimulationWorld } from './simulationKit'

let world: SimulationWorld
let realFetch: ReturnType<typeof vi.fn>

beforeEach(async () => {
  // Nothing in simulation may reach the network: the real fetch fails the test if called.
  realFetch = vi.fn(() => {
    throw new Error('simulation mode called the real fetch')
  })
  vi.stubGlobal('fetch', realFetch)
  world = await startSimulationWorld()
})

afterEach(async () => {
  vi.unstubAllGlobals()
  await world.close()
})

const status = (launchId: string) =>
  world.call<CampaignsStatus>('campaigns:status', { launchId, fresh: true })

describe('a simulated Kinbox launch', () => {
  it('creates its campaign without token or bucket, then plays it out to done with every lead', async () => {
    const plan = kinboxPlan(12)
    const review = await world.call<LaunchReview>('launch:review', { plan })
    expect(review.sample.url).toBe('https://kinbox.simulacao.invalid/v3/campaigns')

    const started = await world.call<LaunchSummary>('launch:start', { plan })
    expect(started.simulated).toBe(true)
    expect(started.launchId).toBe(review.launchId)
    const done = await world.launched('Campanha Kinbox')
    expect(done.simulated).toBe(true)
    expect(done.parts[0]?.campaignId).toMatch(/^[0-9a-f]{24}$/)

    // It waits a moment (`scheduled` when its start is later), then runs within minutes.
    let part = (await status(done.launchId)).parts[0]!
    expect(part.failure).toBeNull()
    expect(['scheduled', 'processing']).toContain(part.status)
    expect(part.progress).toBe(0)
    expect(part.canPause).toBe(true)

    world.advance(60_000)
    part = (await status(done.launchId)).parts[0]!
    expect(['executing', 'awaiting-chunk']).toContain(part.status)
    expect(part.progress).toBeGreaterThan(0)
    expect(part.progress).toBeLessThan(100)

    // Paused, time does not move it; resumed, it goes on.
    const paused = await world.call<CampaignsStatus['parts'][number]>('campaigns:pause', {
      launchId: done.launchId,
      part: 1
    })
    expect(paused.status).toBe('paused')
    world.advance(10 * 60_000)
    expect((await status(done.launchId)).parts[0]).toMatchObject({
      status: 'paused',
      progress: part.progress
    })
    await world.call('campaigns:resume', { launchId: done.launchId, part: 1 })

    world.advance(10 * 60_000)
    part = (await status(done.launchId)).parts[0]!
    expect(part).toMatchObject({ status: 'done', progress: 100, failure: null })
    expect(part.counts).toEqual({ sent: 10, received: 8, read: 6, answered: 2 })

    const results = await world.call<CampaignResults>('campaigns:results', {
      launchId: done.launchId,
      fresh: true
    })
    expect(results.failures).toEqual([])
    expect(results.leads).toHaveLength(12)
    expect(results.leads.map((lead) => lead.result)).toEqual(
      Array.from({ length: 2 }, () => [
        'answered',
        'read',
        'received',
        'sent',
        'read',
        'failed'
      ]).flat()
    )
    expect(results.leads[0]?.at).not.toBeNull()
    expect(world.keychainReads).toEqual([])
    expect(realFetch).not.toHaveBeenCalled()
  })
})

describe('a simulated Integra launch', () => {
  it('creates its campaigns, calls every recipient over time, and ends COMPLETED', async () => {
    const plan = integraPlan(30)
    const started = await world.call<LaunchSummary>('launch:start', { plan })
    expect(started.simulated).toBe(true)
    const done = await world.launched('Campanha Dezembro')
    expect(done.parts[0]?.campaignId).toMatch(/^[0-9a-f-]{36}$/)

    let part = (await status(done.launchId)).parts[0]!
    expect(part).toMatchObject({ status: 'PENDING', progress: 0, calls: 0, failure: null })

    world.advance(90_000)
    part = (await status(done.launchId)).parts[0]!
    expect(part.status).toBe('RUNNING')
    expect(part.calls).toBeGreaterThan(0)
    expect(part.calls).toBeLessThan(30)

    world.advance(5 * 60_000)
    part = (await status(done.launchId)).parts[0]!
    expect(part).toMatchObject({ status: 'COMPLETED', progress: 100, calls: 30 })
    expect(part.counts).toEqual({
      answered: 10,
      'no-answer': 5,
      voicemail: 5,
      busy: 5,
      failed: 5
    })
    const results = await world.call<CampaignResults>('campaigns:results', {
      launchId: done.launchId,
      fresh: true
    })
    expect(results.failures).toEqual([])
    expect(results.leads.every((lead) => lead.result !== null && lead.at !== null)).toBe(true)
    expect(world.keychainReads).toEqual([])
    expect(realFetch).not.toHaveBeenCalled()
  })
})

describe('simulation mode is main’s to say', () => {
  it('a page plan marked simulated is sent for real when the setting is off, and the reverse', async () => {
    world.settings.simulation = false
    const review = await world.call<LaunchReview>('launch:review', {
      plan: { ...kinboxPlan(3), simulated: true }
    })
    expect(review.sample.url).not.toContain('simulacao')
    world.settings.simulation = true
    const simulated = await world.call<LaunchReview>('launch:review', { plan: kinboxPlan(3) })
    expect(simulated.sample.url).toContain('simulacao.invalid')
    // A simulated launch never shares its journal (its id) with the real one.
    expect(simulated.launchId).not.toBe(review.launchId)
  })

  it('Agendar’s business hours come from the simulated Kinbox, without the keychain', async () => {
    const answer = await world.call<{ ok: boolean; sets?: { id: string }[] }>(
      'kinbox:business-hours',
      {}
    )
    expect(answer).toMatchObject({ ok: true, sets: [{ id: 'horario-comercial-simulado' }] })
    expect(world.keychainReads).toEqual([])
    expect(realFetch).not.toHaveBeenCalled()
  })

  it('a simulated launch stays marked on Campanhas once simulation is turned off', async () => {
    const plan = kinboxPlan(6)
    await world.call('launch:start', { plan })
    const done = await world.launched('Campanha Kinbox')
    world.settings.simulation = false
    const list = await world.call<LaunchSummary[]>('launch:list', {})
    expect(list.find((l) => l.launchId === done.launchId)?.simulated).toBe(true)
    // Still read from the simulation: no keychain, no network.
    const part = (await status(done.launchId)).parts[0]!
    expect(part.failure).toBeNull()
    expect(world.keychainReads).toEqual([])
    expect(realFetch).not.toHaveBeenCalled()
  })
})
