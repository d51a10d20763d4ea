import { describe, expect, it } from 'vitest'
import { startFakeIntegra, type FakeIntegraOptions } from '../../fakes/integraServer'
import { INTEGRA_AUTH, call, closeAfterEach, integraCampaign } from './helpers'

/** The fake Integra as the Campanhas screen and the launch's lookups will see it. */

const track = closeAfterEach()

async function setup(options: FakeIntegraOptions = {}) {
  const fake = track(await startFakeIntegra({ rateLimit: false, ...options }))
  const get = (path: string) => call(fake.url + path, { auth: INTEGRA_AUTH })
  const create = async (name: string, count = 1) => {
    const reply = await call(`${fake.url}/api/v1/campaigns`, {
      method: 'POST',
      auth: INTEGRA_AUTH,
      body: integraCampaign(name, count)
    })
    expect(reply.status).toBe(201)
    return reply.body as { id: string; status: string; created_at: string }
  }
  return { fake, get, create }
}

describe('fake Integra', () => {
  it('refuses a body the OpenAPI refuses, creating nothing', async () => {
    const { fake } = await setup()
    const bad = { ...integraCampaign('x'), recipients: [{ phone_number: '11987650000' }] }
    const reply = await call(`${fake.url}/api/v1/campaigns`, {
      method: 'POST',
      auth: INTEGRA_AUTH,
      body: bad
    })
    expect(reply).toMatchObject({
      status: 400,
      body: { error: 'body: /recipients/0/phone_number must match pattern "^\\+[1-9]\\d{7,14}$"' }
    })
    expect(fake.campaigns.size).toBe(0)
  })

  it('keeps what it created with an id, a created_at and PENDING, and pages the list', async () => {
    const now = Date.parse('2026-12-01T12:00:00Z')
    const { get, create } = await setup({ now: () => now })
    const created = []
    for (let i = 1; i <= 5; i++) created.push(await create(`Campanha ${i}`))
    expect(created[0]).toMatchObject({ status: 'PENDING', created_at: '2026-12-01T12:00:00.000Z' })
    const page = await get('/api/v1/campaigns?page=2&limit=2')
    expect(page.body).toMatchObject({
      campaigns: [{ name: 'Campanha 3' }, { name: 'Campanha 2' }],
      pagination: { page: 2, limit: 2, total: 5 }
    })
    expect((await get('/api/v1/campaigns?limit=101')).status).toBe(400)
    expect((await get('/api/v1/campaigns?status=RUNNING')).body).toMatchObject({
      campaigns: [],
      pagination: { total: 0 }
    })
  })

  it('advances PENDING → RUNNING → COMPLETED, calling half, then every recipient', async () => {
    const { fake, get, create } = await setup()
    const { id } = await create('Natal', 6)
    fake.advance(id)
    const running = await get(`/api/v1/campaigns/${id}`)
    expect(running.body).toMatchObject({ status: 'RUNNING', total_recipients: 6 })
    const statuses = (running.body as { recipients: { status: string }[] }).recipients.map(
      (r) => r.status
    )
    expect(statuses).toEqual([
      'COMPLETED',
      'NO_ANSWER',
      'VOICEMAIL',
      'PENDING',
      'PENDING',
      'PENDING'
    ])
    fake.advance(id)
    const calls = await get('/api/v1/calls?limit=100')
    const outcomes = (calls.body as { calls: { outcome: string; campaign_id: string }[] }).calls
    expect(outcomes.map((c) => c.outcome).reverse()).toEqual([
      'answered',
      'no-answer',
      'voicemail',
      'answered',
      'busy',
      'failed'
    ])
    expect(outcomes.every((c) => c.campaign_id === id)).toBe(true)
    expect(() => fake.advance(id)).toThrow('cannot go from COMPLETED')
  })

  it('filters and pages calls, and looks one up by id', async () => {
    const { fake, get, create } = await setup()
    const { id } = await create('Natal', 12)
    fake.advance(id, { to: 'COMPLETED' })
    const failed = await get('/api/v1/calls?status=FAILED')
    expect(failed.body).toMatchObject({ pagination: { page: 1, limit: 20, total: 2 } })
    const page = await get('/api/v1/calls?page=3&limit=5')
    const items = (page.body as { calls: { id: string; phone_number: string }[] }).calls
    expect(items).toHaveLength(2)
    const one = await get(`/api/v1/calls/${items[0]?.id ?? ''}`)
    expect(one.body).toMatchObject({ phone_number: items[0]?.phone_number, direction: 'OUTBOUND' })
    expect((await get('/api/v1/calls/nope')).status).toBe(404)
    expect((await get('/api/v1/calls?direction=INBOUND')).body).toMatchObject({ calls: [] })
    expect((await get('/api/v1/calls?from=yesterday')).status).toBe(400)
  })

  it('refuses a campaign filter on calls: the OpenAPI has none', async () => {
    const { get } = await setup()
    const reply = await get('/api/v1/calls?campaign_id=x')
    expect(reply).toMatchObject({
      status: 400,
      body: { error: 'query: campaign_id is not a parameter' }
    })
  })

  it('takes the outcomes a test asks for', async () => {
    const { fake, get, create } = await setup()
    const { id } = await create('Natal', 3)
    fake.advance(id, { to: 'COMPLETED', outcomes: ['voicemail'] })
    const calls = (await get('/api/v1/calls')).body as { calls: { status: string }[] }
    expect(calls.calls.map((c) => c.status)).toEqual(['VOICEMAIL', 'VOICEMAIL', 'VOICEMAIL'])
  })

  it('limits a key to 60 requests a minute on the injected clock', async () => {
    let now = Date.parse('2026-12-01T12:00:00Z')
    const { get } = await setup({ now: () => now, rateLimit: { limit: 60, windowMs: 60_000 } })
    for (let i = 0; i < 60; i++) expect((await get('/api/v1/campaigns')).status).toBe(200)
    const limited = await get('/api/v1/campaigns')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('x-ratelimit-reset')).toBe(String(now / 1000 + 60))
    now += 60_000
    expect((await get('/api/v1/campaigns')).status).toBe(200)
  })
})
