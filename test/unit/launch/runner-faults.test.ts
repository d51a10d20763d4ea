/**
 * Never twice, nothing lost — the runner against the fakes' faults, for both providers: a
 * response dropped after the campaign was created, a 500 after creating, a 500 that created
 * nothing, a 429 on the first call, a process that died while a part was `sending` (before
 * or after its POST reached the provider), a campaign list that cannot be read to the end,
 * two runs of one launch at once. Each ends with every part created exactly once at the fake.
 * Tokens never appear in a journal or an error.
 */
import { once } from 'node:events'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LaunchLockedError } from '../../../electron/main/launch/lock'
import { computeLaunchId } from '../../../electron/main/launch/launchId'
import { createJournalStore } from '../../../electron/main/launch/journal'
import type { LaunchPlan } from '../../../shared/launch/types'
import { launchMessage } from '../../../shared/launch/messages'
import { createIntegraClient } from '../../../electron/main/providers/integra/client'
import { createKinboxClient } from '../../../electron/main/providers/kinbox/client'
import type { LaunchClients } from '../../../electron/main/launch/campaignApi'
import { FAST_RETRY } from '../providers/helpers'
import { FAKE_INTEGRA_TOKEN } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN } from '../../fakes/kinboxServer'
import {
  integraPlan,
  kinboxPlan,
  seedIntegraCampaign,
  startLaunchWorld,
  type LaunchWorld
} from './launchTestKit'

let world: LaunchWorld
beforeEach(async () => (world = await startLaunchWorld()))
afterEach(() => world.close())

type Provider = 'integra' | 'kinbox'
const CREATE_PATH: Record<Provider, string> = {
  integra: '/api/v1/campaigns',
  kinbox: '/v3/campaigns'
}
const LIST_PATH = CREATE_PATH

/** Integra: two parts (so "between parts" exists); Kinbox: its one part. */
const planFor = (provider: Provider): LaunchPlan =>
  provider === 'integra' ? integraPlan(10_050) : kinboxPlan(120)

const fake = (provider: Provider) => (provider === 'integra' ? world.integra : world.kinbox)

/** Every part of the plan exists exactly once at the fake, with the journal's campaign ids. */
function expectEachPartOnce(
  provider: Provider,
  plan: LaunchPlan,
  outcome: { summary: { parts: { status: string; campaignId: string | null }[] } }
) {
  expect(outcome.summary.parts.map((p) => p.status)).toEqual(plan.parts.map(() => 'created'))
  plan.parts.forEach((part, i) => {
    const found = world.named(provider, part.name)
    expect(found).toHaveLength(1)
    expect(found[0]?.['id']).toBe(outcome.summary.parts[i]?.campaignId)
  })
}

/** The provider's client at `baseUrl` whose attempts give up after `timeoutMs`. */
function clientsAt(provider: Provider, baseUrl: string, timeoutMs: number): LaunchClients {
  const options = {
    baseUrl,
    timeoutMs,
    retry: FAST_RETRY,
    now: world.time.now,
    sleep: world.time.sleep,
    getToken: () => Promise.resolve(world.tokens[provider])
  }
  return provider === 'integra'
    ? { integra: createIntegraClient(options) }
    : { kinbox: createKinboxClient(options) }
}

describe.each<Provider>(['integra', 'kinbox'])('%s faults', (provider) => {
  it('a response that never comes after creating: timed out, looked up, found, not re-sent', async () => {
    const plan = planFor(provider)
    const create = { method: 'POST', path: CREATE_PATH[provider] }
    fake(provider).setFailure({ kind: 'hang', afterHandling: true }, create)
    const clients = clientsAt(provider, fake(provider).url, 2_000)
    const outcome = await world.run(plan, { clients })
    expectEachPartOnce(provider, plan, outcome)
    expect(world.posts(provider)).toBe(plan.parts.length)
  })

  it('no network: the part fails with "sem conexão", nothing is sent, a later run sends it', async () => {
    const plan = planFor(provider)
    // A loopback port nothing listens on any more: connections are refused.
    const server = createServer().listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const clients = clientsAt(provider, `http://127.0.0.1:${port}`, 1_000)
    const offline = await world.run(plan, { clients })
    const part = offline.summary.parts[0]!
    expect(part.status).toBe('failed')
    expect(part.error?.code).toBe('offline')
    expect(launchMessage(part.error!.code, part.error!.params)).toMatch(/Sem conexão/)
    expect(world.posts(provider)).toBe(0)
    expectEachPartOnce(provider, plan, await world.run(plan))
  })

  it('a response dropped after creating: looked up by name, marked created, not re-sent', async () => {
    const plan = planFor(provider)
    // A look-alike Kinbox's loose name filter returns: it must not be taken for ours.
    if (provider === 'kinbox') {
      const id = 'look-alike'
      const name = `${plan.name} (cópia)`
      const createdAt = new Date(world.time.now() + 1).toISOString()
      world.kinbox.campaigns.set(id, { id, _id: id, name, status: 'scheduled', createdAt })
    }
    fake(provider).setFailure({ kind: 'drop' }, { method: 'POST', path: CREATE_PATH[provider] })
    const outcome = await world.run(plan)
    expectEachPartOnce(provider, plan, outcome)
    expect(outcome.summary.parts[0]!.attempts).toBe(1)
  })

  it('a 500 after creating: looked up, found, not re-sent', async () => {
    const plan = planFor(provider)
    fake(provider).setFailure(
      { kind: 'server_error', afterHandling: true },
      { method: 'POST', path: CREATE_PATH[provider] }
    )
    const outcome = await world.run(plan)
    expectEachPartOnce(provider, plan, outcome)
    expect(world.posts(provider)).toBe(plan.parts.length)
  })

  it('a 500 that created nothing: looked up, proven absent, sent once more', async () => {
    const plan = planFor(provider)
    fake(provider).setFailure(
      { kind: 'server_error' },
      { method: 'POST', path: CREATE_PATH[provider] }
    )
    const outcome = await world.run(plan)
    expectEachPartOnce(provider, plan, outcome)
    expect(outcome.summary.parts[0]!.attempts).toBe(2)
  })

  it('a 429 on the first call: waits for the reset, then creates once', async () => {
    const plan = planFor(provider)
    fake(provider).setFailure({ kind: 'rate_limited', resetInSeconds: 7 })
    const outcome = await world.run(plan)
    expectEachPartOnce(provider, plan, outcome)
    const wait = world.retries.find((r) => r.status === 429)?.delayMs ?? 0
    expect(wait).toBeGreaterThanOrEqual(6_000)
    expect(wait).toBeLessThanOrEqual(8_000)
  })

  it('a 429 whose reset is a delay in seconds waits those seconds, not until 1970', async () => {
    const plan = planFor(provider)
    fake(provider).setFailure({ kind: 'rate_limited', resetInSeconds: 5, reset: 'seconds' })
    const outcome = await world.run(plan)
    expectEachPartOnce(provider, plan, outcome)
    expect(world.retries.find((r) => r.status === 429)?.delayMs).toBe(5_000)
  })

  it('a lost response whose lookup fails stays unknown, is never re-sent, and resumes later', async () => {
    const plan = planFor(provider)
    fake(provider).setFailure({ kind: 'drop' }, { method: 'POST', path: CREATE_PATH[provider] })
    fake(provider).setFailure(
      { kind: 'server_error' },
      { method: 'GET', path: LIST_PATH[provider], times: 'always' }
    )
    const stuck = await world.run(plan)
    expect(stuck.summary.state).toBe('unknown')
    const part = stuck.summary.parts[0]!
    expect(part.status).toBe('unknown')
    expect(part.error?.code).toBe('lookup_failed')
    expect(launchMessage(part.error!.code, part.error!.params)).toContain('Nada foi reenviado')
    expect(world.posts(provider)).toBe(1)
    expect(world.named(provider, plan.parts[0]!.name)).toHaveLength(1)
    fake(provider).clearFailures()
    const resumed = await world.resume(stuck.launchId)
    expectEachPartOnce(provider, plan, resumed)
    expect(resumed.summary.parts[0]!.attempts).toBe(1)
  })

  it('a process that died while sending, before its POST left: found absent, sent once', async () => {
    const plan = planFor(provider)
    const crash = new Error('killed')
    const died = await world
      .run(plan, {
        onProgress: (event) => {
          if (event.summary.parts.some((p) => p.status === 'sending')) throw crash
        }
      })
      .catch((error: unknown) => error)
    expect(died).toBe(crash)
    const launchId = computeLaunchId(plan)
    const journal = await createJournalStore(world.dir).read(launchId)
    expect(journal?.parts[0]?.status).toBe('sending')
    expect(world.posts(provider)).toBe(0)
    const resumed = await world.resume(launchId)
    expectEachPartOnce(provider, plan, resumed)
  })

  it('a process that died while sending, after its POST created the campaign: found, not re-sent', async () => {
    const plan = planFor(provider)
    const done = await world.run(plan)
    const posts = world.posts(provider)
    // Rewind the journal to the moment before "created" was written for the last part.
    const path = `${world.dir}/${done.launchId}.json`
    const journal = JSON.parse(await readFile(path, 'utf8')) as {
      parts: { status: string; campaignId: string | null }[]
    }
    const last = journal.parts[journal.parts.length - 1]!
    Object.assign(last, { status: 'sending', campaignId: null })
    await writeFile(path, JSON.stringify(journal))
    const resumed = await world.resume(done.launchId)
    expectEachPartOnce(provider, plan, resumed)
    expect(world.posts(provider)).toBe(posts)
  })

  it('two runs of the same launch at once: one is refused (launch_locked), each part exists once', async () => {
    const plan = planFor(provider)
    const results = await Promise.allSettled([world.run(plan), world.run(plan)])
    const refused = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof LaunchLockedError
    )
    const done = results.filter((r) => r.status === 'fulfilled')
    expect(refused.length + done.length).toBe(2)
    expect(done.length).toBeGreaterThanOrEqual(1)
    plan.parts.forEach((part) => expect(world.named(provider, part.name)).toHaveLength(1))
  })

  it('the same launch run twice: the second sends nothing', async () => {
    const plan = planFor(provider)
    const first = await world.run(plan)
    const posts = world.posts(provider)
    const second = await world.run(planFor(provider))
    expectEachPartOnce(provider, plan, second)
    expect(second.summary.parts).toEqual(first.summary.parts)
    expect(world.posts(provider)).toBe(posts)
  })

  it('never writes the token into the journal, the plan or an error, even after a 401', async () => {
    const plan = planFor(provider)
    fake(provider).setFailure({ kind: 'unauthorized' }, { method: 'POST' })
    const failed = await world.run(plan)
    expect(failed.summary.parts[0]!.error?.code).toBe('token_invalid')
    await world.resume(failed.launchId)
    const token = provider === 'integra' ? FAKE_INTEGRA_TOKEN : FAKE_KINBOX_TOKEN
    const texts = [
      await world.journalText(failed.launchId),
      await readFile(`${world.dir}/${failed.launchId}.plan.json`, 'utf8'),
      JSON.stringify(failed),
      JSON.stringify(world.events)
    ]
    for (const text of texts) expect(text).not.toContain(token)
  })
})

describe('lookups that cannot be completed', () => {
  it('Integra: more campaigns than one lookup may page through → unknown, never re-sent', async () => {
    const plan = integraPlan(10)
    for (let i = 0; i < 1_001; i++) {
      seedIntegraCampaign(world, `old-${i}`, `Antiga ${i}`, '2026-01-01T00:00:00.000Z')
    }
    world.integra.setFailure({ kind: 'drop', afterHandling: false }, { method: 'POST' })
    const outcome = await world.run(plan)
    const part = outcome.summary.parts[0]!
    expect(part.status).toBe('unknown')
    expect(part.error?.code).toBe('lookup_incomplete')
    expect(launchMessage(part.error!.code, part.error!.params)).toContain('Confira no painel')
    expect(world.posts('integra')).toBe(1)
  })

  it("Kinbox: the name filter's substring matches are not ours; too many of them → unknown", async () => {
    const plan = kinboxPlan(10)
    const seeded = Array.from({ length: 2_001 }, (_, i) => ({
      id: `k${i}`,
      _id: `k${i}`,
      name: `${plan.name} cópia ${i}`,
      status: 'done',
      createdAt: new Date(world.time.now() + 1).toISOString()
    }))
    for (const c of seeded) world.kinbox.campaigns.set(c.id, c)
    world.kinbox.setFailure({ kind: 'drop', afterHandling: false }, { method: 'POST' })
    const outcome = await world.run(plan)
    expect(outcome.summary.parts[0]!.status).toBe('unknown')
    expect(outcome.summary.parts[0]!.error?.code).toBe('lookup_incomplete')
    expect(world.posts('kinbox')).toBe(1)
  })
})
