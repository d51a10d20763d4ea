import { describe, expect, it } from 'vitest'
import { startFileHost } from '../../fakes/fileHost'
import { startFakeKinbox, type FakeKinboxOptions } from '../../fakes/kinboxServer'
import { componentIssues } from '../../fakes/openapi'
import { KINBOX_AUTH, call, closeAfterEach, xlsxFile } from './helpers'

/** The fake Kinbox as the launch's lookups and the Campanhas screen will see it. */

const track = closeAfterEach()

async function setup(options: FakeKinboxOptions = {}) {
  const fake = track(await startFakeKinbox(options))
  const get = (path: string) => call(fake.url + path, { auth: KINBOX_AUTH })
  const post = (path: string, body?: unknown) =>
    call(fake.url + path, {
      method: 'POST',
      auth: KINBOX_AUTH,
      ...(body !== undefined && { body })
    })
  const create = async (body: Record<string, unknown>) => {
    const reply = await post('/v3/campaigns', body)
    expect(reply.status).toBe(201)
    return reply.body as { id: string; status: string }
  }
  return { fake, get, post, create }
}

/** A campaign with `count` leads from a real file on a loopback host. */
async function withLeads(count: number, chunkSize: number) {
  const host = track(await startFileHost())
  const rows = Array.from({ length: count }, (_, i) => [`55119${87650000 + i}`, `Lead ${i + 1}`])
  const url = host.put('/leads.xlsx', xlsxFile([['number', 'leadName'], ...rows]))
  const kinbox = await setup()
  const campaign = await kinbox.create({
    name: 'Natal',
    leadType: 'file',
    leadsAssetUrl: url,
    chunkSize,
    message: 'Oi {{leadName}}!'
  })
  return { ...kinbox, campaign }
}

describe('fake Kinbox', () => {
  it('filters by name loosely (substring, any case) and pages with limit/offset', async () => {
    const { get, create } = await setup()
    for (const name of ['Natal', 'Pré-Natal 2026', 'Páscoa', 'NATAL (2/2)']) await create({ name })
    const page = await get('/v3/campaigns?name=natal&limit=2&offset=1')
    expect(page.body).toMatchObject({
      totalCount: 3,
      data: [{ name: 'Pré-Natal 2026' }, { name: 'Natal' }]
    })
    expect((await get('/v3/campaigns?limit=0')).status).toBe(400)
  })

  it('refuses a body the OpenAPI refuses, creating nothing', async () => {
    const { fake, post } = await setup()
    const reply = await post('/v3/campaigns', { name: 'x', channelType: 'whatsapp' })
    expect(reply).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request' } })
    expect(fake.campaigns.size).toBe(0)
  })

  it('pauses and resumes with the new status, and refuses a transition that makes no sense', async () => {
    const { get, post, create } = await setup()
    const { id } = await create({ name: 'Natal', scheduledTo: '2099-01-01T09:00:00-03:00' })
    expect((await post(`/v3/campaigns/${id}/resume`)).status).toBe(400)
    const paused = await post(`/v3/campaigns/${id}/pause`)
    expect(paused).toMatchObject({ status: 201, body: { id, status: 'paused' } })
    expect(await post(`/v3/campaigns/${id}/pause`)).toMatchObject({
      status: 400,
      body: { message: 'Campaign cannot be paused while its status is "paused"' }
    })
    expect((await post(`/v1/campaigns/${id}/resume`)).status).toBe(200)
    expect((await get(`/v3/campaigns/${id}`)).body).toMatchObject({ status: 'scheduled' })
    expect((await post('/v3/campaigns/nope/pause')).status).toBe(404)
  })

  it('sends chunk by chunk: chunk-leads, progress and resultCounts follow', async () => {
    const { fake, get, post, campaign } = await withLeads(6, 4)
    const leads = await get(`/v3/campaigns/${campaign.id}/chunk-leads`)
    expect(leads.body).toHaveLength(6)
    expect((leads.body as unknown[])[0]).toEqual({
      _id: expect.any(String),
      number: '5511987650000',
      placeholders: ['Lead 1'],
      status: 'awaiting',
      sentAt: '',
      answered: false
    })
    fake.advance(campaign.id)
    const first = await get(`/v3/campaigns/${campaign.id}`)
    expect(first.body).toMatchObject({
      status: 'awaiting-chunk',
      leadsCount: 6,
      chunksCount: 2,
      progress: 67,
      resultCounts: { sent: 4, received: 3, read: 2, answered: 1, chunksExecuted: 1 }
    })
    expect((await post(`/v3/campaigns/${campaign.id}/pause`)).status).toBe(201)
    expect(() => fake.advance(campaign.id)).toThrow('paused')
    await post(`/v3/campaigns/${campaign.id}/resume`)
    fake.advance(campaign.id)
    const done = await get(`/v3/campaigns/${campaign.id}`)
    expect(done.body).toMatchObject({ status: 'done', progress: 100 })
    const statuses = (
      (await get(`/v3/campaigns/${campaign.id}/chunk-leads`)).body as {
        status: string
      }[]
    ).map((l) => l.status)
    expect(statuses).toEqual(['answered', 'read', 'received', 'sent', 'read', 'failed'])
    expect((await post(`/v3/campaigns/${campaign.id}/pause`)).status).toBe(400)
  })

  it('answers in the shapes the OpenAPI publishes (Campaign, ChunkLead, Operator)', async () => {
    const { fake, get, campaign } = await withLeads(3, 2)
    fake.advance(campaign.id)
    expect(
      componentIssues('kinbox', 'Campaign', (await get(`/v3/campaigns/${campaign.id}`)).body)
    ).toEqual([])
    const leads = (await get(`/v3/campaigns/${campaign.id}/chunk-leads`)).body as unknown[]
    for (const lead of leads) expect(componentIssues('kinbox', 'ChunkLead', lead)).toEqual([])
    const operators = (await get('/v3/operators')).body as { data: unknown[] }
    for (const operator of operators.data) {
      expect(componentIssues('kinbox', 'Operator', operator)).toEqual([])
    }
    expect(componentIssues('kinbox', 'ChunkLead', { number: 1 })).not.toEqual([])
  })

  it('lists operators and business hours (not by id), and pages /v1 by cursor', async () => {
    const { get, create } = await setup()
    expect((await get('/v3/operators')).body).toMatchObject({
      totalCount: 2,
      data: [{ id: expect.any(String), _id: expect.any(String), name: 'Ana Souza' }, {}]
    })
    const hours = (await get('/v3/business-hours')).body as { data: { id: string }[] }
    // The OpenAPI types this id as a number while the list gives Mongo ids: use the list.
    const one = await get(`/v3/business-hours/${hours.data[1]?.id ?? ''}`)
    expect(one).toMatchObject({ status: 400, body: { message: ['path: id must be number'] } })
    for (const name of ['a', 'b', 'c']) await create({ name })
    const first = (await get('/v1/campaigns?limit=2')).body as {
      data: { name: string }[]
      nextCursor: string
    }
    expect(first.data.map((c) => c.name)).toEqual(['c', 'b'])
    const second = await get(`/v1/campaigns?limit=2&cursor=${first.nextCursor}`)
    expect(second.body).toMatchObject({ data: [{ name: 'a' }], nextCursor: null })
  })

  it('can limit requests per token, answering 429 with reset headers', async () => {
    const { get } = await setup({ rateLimit: { limit: 2, windowMs: 60_000 }, now: () => 0 })
    expect((await get('/v3/operators')).status).toBe(200)
    expect((await get('/v3/operators')).status).toBe(200)
    const limited = await get('/v3/operators')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('x-ratelimit-reset')).toBe('60')
  })
})
