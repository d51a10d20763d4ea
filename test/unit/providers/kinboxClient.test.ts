import { afterEach, describe, expect, it } from 'vitest'
import { ProviderError } from '../../../electron/main/providers/errors'
import { createKinboxClient } from '../../../electron/main/providers/kinbox/client'
import { toKinboxMessage } from '../../../electron/main/providers/kinbox/decisions'
import { FAKE_KINBOX_TOKEN, startFakeKinbox, type FakeKinbox } from '../../fakes/kinboxServer'
import { FAST_RETRY, everyRendering, virtualTime } from './helpers'

let fake: FakeKinbox
afterEach(async () => fake?.close())

async function setup(token: string | null = FAKE_KINBOX_TOKEN) {
  const time = virtualTime()
  // The body's leadsAssetUrl is not on loopback: these tests are about the client, not the file.
  fake = await startFakeKinbox({ now: time.now, leadsFiles: 'ignore' })
  const client = createKinboxClient({
    baseUrl: fake.url,
    getToken: async () => token,
    retry: FAST_RETRY,
    sleep: time.sleep,
    now: time.now,
    timeoutMs: 2_000
  })
  return { client, time }
}

const body = {
  name: 'Black Friday',
  channelId: '64b7f0c2a1e2d3c4b5a69788',
  businessHoursId: '65f1c2a9e4b0a1b2c3d4e5f6',
  leadType: 'file' as const,
  leadsAssetUrl: 'https://files.example.com/leads.csv',
  normalizeBrazilPhoneNumbers: false,
  message: 'Oi {{leadName}}!',
  scheduledTo: '2026-12-02T09:00:00-03:00',
  finishedAtPrediction: '2026-12-02T10:01:10-03:00',
  chunksCount: 3,
  chunkSize: 100,
  secondsBetweenMessages: 10,
  secondsBetweenChunks: 600
}

describe('Kinbox client', () => {
  it('lists business hours with every weekday, sent with the token', async () => {
    const { client } = await setup()
    const sets = await client.listBusinessHours()
    expect(fake.requests[0]?.headers['authorization']).toBe(`Bearer ${FAKE_KINBOX_TOKEN}`)
    expect(sets.map((s) => s.id)).toEqual(['65f1c2a9e4b0a1b2c3d4e5f6', '66a0b7d2c91f4e0012ab34cd'])
    const commercial = sets[0]!.hours
    expect(commercial.mon).toEqual({
      active: true,
      hours: [
        ['08:00', '12:00'],
        ['13:30', '17:30']
      ]
    })
    expect(commercial.sat).toEqual({ active: true, hours: [['09:00', '13:00']] })
    expect(commercial.sun.active).toBe(false)
    expect(sets[1]!.hours.fri).toEqual({ active: true, hours: [['09:00', '18:00']] })
  })

  it('reads a numeric id as text, and a missing or null day as closed', async () => {
    const { client } = await setup()
    fake.businessHours.splice(0, 2, {
      id: 7,
      mon: { active: true, hours: [['08:00', '00:00']] },
      tue: null
    } as never)
    const [set] = await client.listBusinessHours()
    expect(set?.id).toBe('7')
    expect(set?.hours.mon.hours).toEqual([['08:00', '00:00']])
    expect(set?.hours.tue).toEqual({ active: false, hours: [] })
    expect(set?.hours.sun).toEqual({ active: false, hours: [] })
  })

  it('rejects business hours it cannot read as a server error', async () => {
    const { client } = await setup()
    fake.businessHours.splice(0, 2, {
      id: 'x',
      mon: { active: true, hours: [['8h', '18h']] }
    } as never)
    await expect(client.listBusinessHours()).rejects.toMatchObject({ kind: 'server' })
  })

  it('turns a 401 into an auth error', async () => {
    const { client } = await setup('wrong-token')
    await expect(client.listBusinessHours()).rejects.toMatchObject({
      kind: 'auth',
      status: 401,
      body: { statusCode: 401, message: 'Unauthorized' }
    })
  })

  it('asks for no request at all without a token', async () => {
    const { client } = await setup(null)
    await expect(client.listBusinessHours()).rejects.toMatchObject({ kind: 'auth' })
    expect(fake.requests).toHaveLength(0)
  })

  it('creates a campaign with a body the OpenAPI accepts', async () => {
    const { client } = await setup()
    const campaign = await client.createCampaign(body)
    expect(campaign).toMatchObject({ name: 'Black Friday', status: 'scheduled' })
    expect(fake.campaigns.get(campaign.id)).toMatchObject(body)
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v3/campaigns', body })
  })

  it('refuses an invalid body before sending it', async () => {
    const { client } = await setup()
    const bad = { ...body, channelType: '10' } as never
    const error = await client.createCampaign(bad).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProviderError)
    expect(error).toMatchObject({ kind: 'validation' })
    expect((error as Error).message).toContain('channelType')
    expect(fake.requests).toHaveLength(0)
  })

  it('after a dropped creation, finds the campaign by its exact name', async () => {
    const { client } = await setup()
    await client.createCampaign({ name: 'Black Friday 2' })
    await client.createCampaign({ name: 'black friday' })
    fake.setFailure({ kind: 'drop' })
    const error = await client.createCampaign(body).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', outcomeUnknown: true })
    const search = await client.findCampaignsByName('Black Friday')
    expect(search.complete).toBe(true)
    expect(search.matches.map((c) => c.name)).toEqual(['Black Friday'])
    expect(search.matches[0]?.businessHoursId).toBe(body.businessHoursId)
    expect(fake.requests.at(-1)?.query).toMatchObject({ name: 'Black Friday', offset: '0' })
  })

  it('pages through campaigns when looking one up by name', async () => {
    const { client } = await setup()
    for (let i = 0; i < 150; i++) {
      fake.campaigns.set(`c${i}`, { id: `c${i}`, _id: `c${i}`, name: 'Same', status: 'done' })
    }
    const search = await client.findCampaignsByName('Same')
    expect(search.matches).toHaveLength(150)
    expect(fake.requests.map((r) => r.query['offset'])).toEqual(['0', '100'])
  })

  it('gets one campaign, and reports an unknown id as not_found', async () => {
    const { client } = await setup()
    const created = await client.createCampaign({ name: 'Um' })
    await expect(client.getCampaign(created.id)).resolves.toMatchObject({ name: 'Um' })
    await expect(client.getCampaign('nope')).rejects.toMatchObject({ kind: 'not_found' })
  })

  it('keeps the token out of every error it throws', async () => {
    const { client } = await setup()
    fake.setFailure({ kind: 'server_error' }, { times: Infinity })
    const errors = await Promise.all([
      client.listBusinessHours().catch((e: unknown) => e),
      client.createCampaign(body).catch((e: unknown) => e)
    ])
    for (const error of errors) {
      expect(error).toBeInstanceOf(ProviderError)
      expect(await everyRendering(error)).not.toContain(FAKE_KINBOX_TOKEN)
    }
  })
})

describe('Kinbox placeholder decision', () => {
  it('sends named placeholders as written', () => {
    expect(toKinboxMessage('Oi {{leadName}}', ['leadName'])).toBe('Oi {{leadName}}')
  })
})
