/**
 * The simulated providers' HTTP face, through `simulation.fetch` as the clients reach it:
 * bodies the app's own schemas refuse get a 400 in each provider's error shape, a wrong token
 * a 401, and an address no simulated provider owns fails like an unknown host. The real
 * `fetch` is never called.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SIMULATED_BASE_URLS, SIMULATED_TOKENS } from '../../../electron/main/simulation/identity'
import { createSimulation, type Simulation } from '../../../electron/main/simulation/simulation'
import { writeLeadsFile } from '../../../shared/launch/leadsFile'

let simulation: Simulation
let realFetch: ReturnType<typeof vi.fn>

beforeEach(() => {
  realFetch = vi.fn(() => {
    throw new Error('the simulation called the real fetch')
  })
  vi.stubGlobal('fetch', realFetch)
  simulation = createSimulation({ now: () => Date.parse('2026-03-02T13:00:00Z') })
})

afterEach(() => {
  expect(realFetch).not.toHaveBeenCalled()
  vi.unstubAllGlobals()
})

async function send(
  provider: 'kinbox' | 'integra',
  method: string,
  path: string,
  body?: unknown,
  token: string | null = SIMULATED_TOKENS[provider]
): Promise<{ status: number; json: unknown }> {
  const response = await simulation.fetch(SIMULATED_BASE_URLS[provider] + path, {
    method,
    headers: {
      ...(token !== null && { Authorization: `Bearer ${token}` }),
      ...(body !== undefined && { 'Content-Type': 'application/json' })
    },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) })
  })
  return { status: response.status, json: await response.json() }
}

const INTEGRA_BODY = {
  name: 'Teste',
  project_id: 'b9c80a57-fad2-41a0-a304-727337ad1b1f',
  agent_id: '7e09d093-904a-48de-ac49-b0445906c38e',
  phone_number_id: 'd1082e49-1b2c-4337-81e2-8eb74810351d',
  scheduled_at: '2026-03-02T13:00:00-03:00',
  recipients: [{ phone_number: '+5585981000000' }]
}

describe('Integra (simulated)', () => {
  it('refuses a body its schema refuses with a 400 { error }', async () => {
    const bad = await send('integra', 'POST', '/api/v1/campaigns', {
      ...INTEGRA_BODY,
      recipients: [{ phone_number: '85981000000' }]
    })
    expect(bad.status).toBe(400)
    expect(bad.json).toEqual({ error: expect.stringContaining('recipients.0.phone_number') })
    expect((await send('integra', 'POST', '/api/v1/campaigns', '{nope')).status).toBe(400)
    const empty = await send('integra', 'POST', '/api/v1/campaigns', { name: 'x' })
    expect(empty.status).toBe(400)
  })

  it('answers 401 with its three texts, and 201 to a good body', async () => {
    const texts = async (token: string | null) =>
      (await send('integra', 'GET', '/api/v1/campaigns', undefined, token)).json
    expect(await texts(null)).toEqual({ error: 'Missing Authorization header' })
    expect(await texts('abc')).toEqual({ error: 'Invalid API key format' })
    expect(await texts(`ik_live_${'0'.repeat(64)}`)).toEqual({
      error: 'Invalid or revoked API key'
    })
    const created = await send('integra', 'POST', '/api/v1/campaigns', INTEGRA_BODY)
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ name: 'Teste', status: 'PENDING', total_recipients: 1 })
  })
})

describe('Kinbox (simulated)', () => {
  it('refuses a body its schema refuses with a 400 in the NestJS shape', async () => {
    const bad = await send('kinbox', 'POST', '/v3/campaigns', { name: 'x', chunkSize: 'ten' })
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ statusCode: 400, error: 'Bad Request' })
    expect(JSON.stringify(bad.json)).toContain('chunkSize')
  })

  it('reads the leads file only from the simulation, and checks the message against it', async () => {
    const noFile = await send('kinbox', 'POST', '/v3/campaigns', {
      name: 'x',
      leadType: 'file',
      leadsAssetUrl: 'https://example.com/leads.xlsx'
    })
    expect(noFile).toMatchObject({ status: 400 })
    const file = writeLeadsFile(
      { header: ['number', 'leadName'], rows: [['5585981000000', 'Ana']] },
      'xlsx'
    )
    const hosted = await simulation.files.upload('abc/leads.xlsx', file.bytes, file.contentType)
    expect(hosted.url.startsWith('https://arquivos.simulacao.invalid/')).toBe(true)
    const unknownVariable = await send('kinbox', 'POST', '/v3/campaigns', {
      name: 'x',
      leadType: 'file',
      leadsAssetUrl: hosted.url,
      message: 'Olá {{cidade}}'
    })
    expect(unknownVariable.status).toBe(400)
    const created = await send('kinbox', 'POST', '/v3/campaigns', {
      name: 'x',
      leadType: 'file',
      leadsAssetUrl: hosted.url,
      message: 'Olá {{leadName}}'
    })
    expect(created).toMatchObject({ status: 201, json: { name: 'x', leadsCount: 1 } })
  })

  it('answers 401 to any other token and 404 to an unknown campaign', async () => {
    expect((await send('kinbox', 'GET', '/v3/campaigns', undefined, 'real-token')).status).toBe(401)
    expect((await send('kinbox', 'GET', '/v3/campaigns/nope')).status).toBe(404)
  })
})

describe('simulatedFetch', () => {
  it('fails like an unknown host for any address the simulation does not own', async () => {
    for (const url of ['https://api4.kinbox.com.br/v3/campaigns', 'http://127.0.0.1:1/']) {
      await expect(simulation.fetch(url, { method: 'GET' })).rejects.toThrow('fetch failed')
    }
  })
})
