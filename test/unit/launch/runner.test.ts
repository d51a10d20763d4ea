/**
 * The launch runner against the fake Integra and Kinbox over real loopback HTTP: every part
 * created once, every launchable lead in exactly one part, the journal written before and
 * after each request, a second run of the same launch sending nothing, Kinbox's leads file
 * hosted once and re-hosted only after its URL expired, and the errors a user can act on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computeLaunchId } from '../../../electron/main/launch/launchId'
import { createJournalStore } from '../../../electron/main/launch/journal'
import { createRateLimiter } from '../../../electron/main/providers/integra/rateLimit'
import { launchMessage } from '../../../shared/launch/messages'
import { readLeadsFile } from '../../fakes/leadsFile'
import { virtualTime } from '../providers/helpers'
import {
  integraPlan,
  kinboxPlan,
  planPhones,
  seedIntegraCampaign,
  startLaunchWorld,
  type LaunchWorld
} from './launchTestKit'

let world: LaunchWorld
beforeEach(async () => (world = await startLaunchWorld()))
afterEach(() => world.close())

const statuses = (outcome: { summary: { parts: { status: string }[] } }) =>
  outcome.summary.parts.map((part) => part.status)

describe('Integra launch', () => {
  it('creates every part once, with every lead in exactly one part', async () => {
    const plan = integraPlan(25_000)
    const outcome = await world.run(plan)
    expect(outcome.launchId).toBe(computeLaunchId(plan))
    expect(outcome.summary.state).toBe('done')
    expect(statuses(outcome)).toEqual(['created', 'created', 'created'])
    const sent = plan.parts.flatMap((part) => world.named('integra', part.name))
    expect(sent).toHaveLength(3)
    const phones = sent.flatMap((c) =>
      (c['recipients'] as { phone_number: string }[]).map((r) => r.phone_number)
    )
    expect(phones).toHaveLength(25_000)
    expect(new Set(phones)).toEqual(new Set(planPhones(plan)))
    const ids = outcome.summary.parts.map((part) => part.campaignId)
    expect(new Set(ids)).toEqual(new Set(sent.map((c) => c['id'])))
  })

  it('writes the journal before each POST (sending) and after it (created)', async () => {
    const plan = integraPlan(15_000)
    const store = createJournalStore(world.dir)
    const seen: string[] = []
    await world.run(plan, {
      onProgress: (event) => {
        if (event.kind !== 'part') return
        const part = event.summary.parts[(event.part ?? 1) - 1]!
        seen.push(`${part.part}:${part.status}`)
      }
    })
    expect(seen).toEqual(['1:sending', '1:created', '2:sending', '2:created'])
    const journal = await store.read(computeLaunchId(plan))
    expect(journal?.parts.map((p) => [p.status, p.attempts])).toEqual([
      ['created', 1],
      ['created', 1]
    ])
    expect(await store.readPlan(computeLaunchId(plan))).toEqual(plan)
  })

  it('run again, resumes from the journal and sends nothing more', async () => {
    const plan = integraPlan(12_000)
    const first = await world.run(plan)
    const posts = world.posts('integra')
    const second = await world.run(integraPlan(12_000))
    expect(second.launchId).toBe(first.launchId)
    expect(second.summary.parts).toEqual(first.summary.parts)
    expect(world.posts('integra')).toBe(posts)
    const resumed = await world.resume(first.launchId)
    expect(resumed.summary.state).toBe('done')
    expect(world.posts('integra')).toBe(posts)
  })

  it('a launch made new on purpose (nonce) is a second launch, not confused with the first', async () => {
    const plan = integraPlan(50)
    const first = await world.run(plan)
    await world.time.sleep(60_000)
    const again = await world.run(plan, { nonce: 'de-novo' })
    expect(again.launchId).not.toBe(first.launchId)
    expect(world.named('integra', plan.parts[0]!.name)).toHaveLength(2)
    expect(again.summary.parts[0]!.campaignId).not.toBe(first.summary.parts[0]!.campaignId)
  })

  it('a revoked token fails the part with "token inválido ou revogado"; a new token resumes it', async () => {
    world.tokens.integra = `ik_live_${'f'.repeat(64)}`
    const plan = integraPlan(20)
    const failed = await world.run(plan)
    expect(failed.summary.state).toBe('failed')
    const error = failed.summary.parts[0]!.error!
    expect(error.code).toBe('token_invalid')
    expect(launchMessage(error.code, error.params)).toContain('inválido ou revogado')
    expect(world.integra.campaigns.size).toBe(0)
    world.tokens.integra = (await import('../../fakes/integraServer')).FAKE_INTEGRA_TOKEN
    const resumed = await world.resume(failed.launchId)
    expect(statuses(resumed)).toEqual(['created'])
    expect(world.named('integra', plan.parts[0]!.name)).toHaveLength(1)
  })

  it("a 400 shows the provider's own message and the part, and is not retried", async () => {
    world.integra.setFailure(
      { kind: 'bad_request', message: 'agent_id not found' },
      { method: 'POST' }
    )
    const outcome = await world.run(integraPlan(20))
    const error = outcome.summary.parts[0]!.error!
    expect(error.code).toBe('provider_rejected')
    expect(launchMessage(error.code, error.params)).toBe(
      'A Integra recusou a parte 1: agent_id not found'
    )
    expect(world.posts('integra')).toBe(1)
  })

  it('a body that fails the schema in main is never sent', async () => {
    const plan = integraPlan(5)
    const part = plan.parts[0]!
    const broken = { ...plan, parts: [{ ...part, body: { ...part.body, scheduled_at: 'amanhã' } }] }
    await expect(world.run(broken as typeof plan)).rejects.toThrow()
    expect(world.posts('integra')).toBe(0)
  })
})

describe('Kinbox launch', () => {
  it('hosts the leads file, then creates the campaign the fake reads it from', async () => {
    const plan = kinboxPlan(300)
    const outcome = await world.run(plan)
    expect(statuses(outcome)).toEqual(['created'])
    expect(outcome.summary.upload?.status).toBe('done')
    expect(world.host.uploads.map((u) => u.key)).toEqual([
      `leadprep/${outcome.launchId}/leads.xlsx`
    ])
    const [campaign] = world.named('kinbox', plan.name)
    expect(campaign?.['leadsAssetUrl']).toBe(
      `${world.host.uploads[0] && ''}`.length >= 0 && campaign?.['leadsAssetUrl']
    )
    expect(String(campaign?.['leadsAssetUrl'])).toContain(`leadprep/${outcome.launchId}/leads.xlsx`)
    const file = readLeadsFile(world.host.uploads[0]!.bytes)
    if (!file.ok) throw new Error(file.message)
    expect(file.table.headers).toEqual(['number', 'leadName'])
    expect(file.table.rows.map((r) => `+${r.number}`)).toEqual(planPhones(plan))
    expect(world.posts('kinbox')).toBe(1)
  })

  it('a resume reuses the hosted file while its URL is valid, and uploads anew once expired', async () => {
    world.tokens.kinbox = 'revogado-123456789'
    world.host.ttlMs = 2 * 3600_000
    const plan = kinboxPlan(10)
    const failed = await world.run(plan)
    expect(failed.summary.parts[0]!.error?.code).toBe('token_invalid')
    world.tokens.kinbox = (await import('../../fakes/kinboxServer')).FAKE_KINBOX_TOKEN
    await world.time.sleep(3600_000)
    // Still valid for an hour, but too close to expiry to hand to Kinbox: uploaded again.
    const resumed = await world.resume(failed.launchId)
    expect(statuses(resumed)).toEqual(['created'])
    expect(world.host.uploads.map((u) => u.key)).toEqual([
      `leadprep/${failed.launchId}/leads.xlsx`,
      `leadprep/${failed.launchId}/leads-${world.time.now()}.xlsx`
    ])
  })

  it('reuses the uploaded file on resume when its URL is still good', async () => {
    world.tokens.kinbox = 'revogado-123456789'
    const failed = await world.run(kinboxPlan(10))
    world.tokens.kinbox = (await import('../../fakes/kinboxServer')).FAKE_KINBOX_TOKEN
    await world.resume(failed.launchId)
    expect(world.host.uploads).toHaveLength(1)
  })

  it('a 403 from the file host says credentials or bucket, and nothing reaches Kinbox', async () => {
    world.host.failNext.push(
      Object.assign(new Error('Access Denied'), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 }
      })
    )
    const outcome = await world.run(kinboxPlan(10))
    const error = outcome.summary.parts[0]!.error!
    expect(error.code).toBe('file_host_denied')
    expect(launchMessage(error.code, error.params)).toContain('bucket')
    expect(world.posts('kinbox')).toBe(0)
  })
})

describe('Integra rate limiter (60 requests a minute, client side)', () => {
  it('lets 60 requests through at once and makes the 61st wait for the window', async () => {
    const time = virtualTime()
    const limiter = createRateLimiter({ now: time.now, sleep: time.sleep })
    for (let i = 0; i < 60; i++) await limiter.acquire()
    expect(time.sleeps).toEqual([])
    await limiter.acquire()
    expect(time.sleeps).toEqual([60_000])
  })

  it('keeps a whole launch with lookups under the limit: the fake never answers 429', async () => {
    const plan = integraPlan(20)
    for (let i = 0; i < 70; i++) {
      seedIntegraCampaign(world, `c${i}`, `Outra ${i}`, new Date(world.time.now()).toISOString())
    }
    // 70 requests already this minute: the limiter, not the server, makes the launch wait.
    for (let i = 0; i < 70; i++) await world.clients.integra!.listCampaigns({ page: 1, limit: 1 })
    const outcome = await world.run(plan)
    expect(outcome.summary.state).toBe('done')
    expect(world.retries.filter((r) => r.status === 429)).toEqual([])
    expect(world.time.sleeps.some((ms) => ms > 0)).toBe(true)
  })
})
