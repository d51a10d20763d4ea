import { afterEach, describe, expect, it } from 'vitest'
import { createIntegraClient } from '../../../electron/main/providers/integra/client'
import { FAKE_INTEGRA_TOKEN, startFakeIntegra, type FakeIntegra } from '../../fakes/integraServer'
import { FAST_RETRY, INTEGRA_IDS, integraBody, virtualTime } from './helpers'

let fake: FakeIntegra
afterEach(async () => fake?.close())

async function setup(rateLimit?: { limit: number; windowMs: number }) {
  const time = virtualTime()
  fake = await startFakeIntegra({ now: time.now, ...(rateLimit && { rateLimit }) })
  const client = createIntegraClient({
    baseUrl: fake.url,
    getToken: async () => FAKE_INTEGRA_TOKEN,
    retry: FAST_RETRY,
    sleep: time.sleep,
    now: time.now,
    timeoutMs: 2_000
  })
  return { client, time }
}

function seed(count: number, name: (i: number) => string) {
  for (let i = 0; i < count; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
    fake.campaigns.set(id, {
      id,
      name: name(i),
      status: i % 2 ? 'COMPLETED' : 'PENDING',
      total_recipients: 1,
      scheduled_at: '2026-12-01T12:00:00.000Z',
      created_at: '2026-11-01T12:00:00.000Z',
      ...INTEGRA_IDS,
      recipients: [{ phone_number: '+5511999999999' }]
    })
  }
}

describe('Integra client', () => {
  it('creates a campaign and reads the documented 201', async () => {
    const { client, time } = await setup()
    const created = await client.createCampaign(
      integraBody('Dezembro', ['+5511999999999', '+5521988887777'])
    )
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Dezembro',
      status: 'PENDING',
      total_recipients: 2,
      scheduled_at: '2026-12-01T09:00:00-03:00',
      created_at: new Date(time.now()).toISOString()
    })
    const details = await client.getCampaign(created.id)
    expect(details.recipients).toHaveLength(2)
  })

  it('refuses a phone without + before sending; the fake refuses it too', async () => {
    const { client } = await setup()
    const bad = integraBody('x', ['5511999999999'])
    await expect(client.createCampaign(bad)).rejects.toMatchObject({ kind: 'validation' })
    expect(fake.requests).toHaveLength(0)
    const response = await fetch(`${fake.url}/api/v1/campaigns`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${FAKE_INTEGRA_TOKEN}`,
        'Content-Type': 'application/json'
      },
      body: JSON.stringify(bad)
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: expect.stringContaining('/recipients/0/phone_number must match pattern')
    })
  })

  it('lists a page with a status filter', async () => {
    const { client } = await setup()
    seed(30, (i) => `C${i}`)
    const page = await client.listCampaigns({ page: 2, limit: 10, status: 'PENDING' })
    expect(page.pagination).toEqual({ page: 2, limit: 10, total: 15 })
    expect(page.campaigns).toHaveLength(5)
    expect(page.campaigns.every((c) => c.status === 'PENDING')).toBe(true)
    expect(fake.requests[0]?.query).toEqual({ page: '2', limit: '10', status: 'PENDING' })
  })

  it('never asks for more than 100 per page', async () => {
    const { client } = await setup()
    await client.listCampaigns({ limit: 500 })
    expect(fake.requests[0]?.query['limit']).toBe('100')
  })

  it('after a dropped creation, finds the campaign by exact name across pages', async () => {
    const { client } = await setup()
    fake.setFailure({ kind: 'drop' })
    const error = await client
      .createCampaign(integraBody('Dezembro (2/3)'))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', outcomeUnknown: true })
    // 150 newer campaigns push it to page 2; near-namesakes must not match.
    seed(150, (i) => (i === 7 ? 'Dezembro (2/3) ' : `Outra ${i}`))
    const search = await client.findCampaignsByName('Dezembro (2/3)')
    expect(search).toMatchObject({ complete: true, matches: [{ name: 'Dezembro (2/3)' }] })
    expect(fake.requests.slice(1).map((r) => r.query['page'])).toEqual(['1', '2'])
  })

  it('reports an incomplete search when the page budget runs out', async () => {
    const { client } = await setup({ limit: 1000, windowMs: 60_000 })
    seed(1001, (i) => `C${i}`)
    const search = await client.findCampaignsByName('nowhere')
    expect(search).toEqual({ matches: [], complete: false })
  })

  it('respects 60 requests a minute: waits for the reset and goes on', async () => {
    const { client, time } = await setup()
    for (let i = 0; i < 61; i++) await client.listCampaigns()
    expect(fake.requests).toHaveLength(62)
    expect(time.sleeps).toEqual([60_000])
  })

  it('says which of the three 401s it got', async () => {
    const { client } = await setup()
    const revoked = createIntegraClient({
      baseUrl: fake.url,
      getToken: async () => `ik_live_${'9'.repeat(64)}`
    })
    const badFormat = createIntegraClient({ baseUrl: fake.url, getToken: async () => 'sk_123' })
    await expect(revoked.listCampaigns()).rejects.toThrow('Invalid or revoked API key')
    await expect(badFormat.listCampaigns()).rejects.toThrow('Invalid API key format')
    await expect(client.listCampaigns()).resolves.toBeDefined()
  })
})
