import { afterEach, describe, expect, it } from 'vitest'
import { FAKE_INTEGRA_TOKEN, startFakeIntegra } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN, startFakeKinbox } from '../../fakes/kinboxServer'
import type { FakeServer } from '../../fakes/fakeHttp'
import { integraBody, virtualTime } from './helpers'

/** The fakes themselves: if they drift from the vendors' docs, the client tests mean little. */

const servers: FakeServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

async function call(base: string, path: string, init: RequestInit & { token?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (init.token !== undefined) headers['Authorization'] = init.token
  const response = await fetch(base + path, { ...init, headers })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as unknown
  }
}

describe('fake Integra', () => {
  it('answers the three documented 401 texts', async () => {
    const fake = await startFakeIntegra()
    servers.push(fake)
    expect((await call(fake.url, '/api/v1/campaigns')).body).toEqual({
      error: 'Missing Authorization header'
    })
    const badFormat = await call(fake.url, '/api/v1/campaigns', { token: 'Bearer ik_test_1' })
    expect(badFormat.body).toEqual({ error: 'Invalid API key format' })
    const revoked = await call(fake.url, '/api/v1/campaigns', {
      token: `Bearer ik_live_${'b'.repeat(64)}`
    })
    expect(revoked).toMatchObject({ status: 401, body: { error: 'Invalid or revoked API key' } })
  })

  it('limits each key to 60 requests a minute, with X-RateLimit headers in epoch seconds', async () => {
    const time = virtualTime()
    const fake = await startFakeIntegra({ now: time.now })
    servers.push(fake)
    const token = `Bearer ${FAKE_INTEGRA_TOKEN}`
    const first = await call(fake.url, '/api/v1/campaigns', { token })
    const reset = String((time.now() + 60_000) / 1000)
    expect(first.headers.get('x-ratelimit-limit')).toBe('60')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('59')
    expect(first.headers.get('x-ratelimit-reset')).toBe(reset)
    for (let i = 1; i < 60; i++) await call(fake.url, '/api/v1/campaigns', { token })
    const limited = await call(fake.url, '/api/v1/campaigns', { token })
    expect(limited).toMatchObject({ status: 429, body: { error: 'Rate limit exceeded' } })
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    await time.sleep(60_000)
    expect((await call(fake.url, '/api/v1/campaigns', { token })).status).toBe(200)
  })

  it('refuses limit over 100 and unknown query parameters', async () => {
    const fake = await startFakeIntegra()
    servers.push(fake)
    const token = `Bearer ${FAKE_INTEGRA_TOKEN}`
    expect((await call(fake.url, '/api/v1/campaigns?limit=101', { token })).status).toBe(400)
    const named = await call(fake.url, '/api/v1/campaigns?name=x', { token })
    expect(named).toMatchObject({ status: 400, body: { error: 'query: name is not a parameter' } })
  })

  it('creates the campaign when told to drop the response', async () => {
    const fake = await startFakeIntegra()
    servers.push(fake)
    fake.setFailure({ kind: 'drop' }, { path: '/api/v1/campaigns', method: 'POST' })
    const init = {
      method: 'POST',
      token: `Bearer ${FAKE_INTEGRA_TOKEN}`,
      body: JSON.stringify(integraBody())
    }
    await expect(call(fake.url, '/api/v1/campaigns', init)).rejects.toThrow('fetch failed')
    expect(fake.campaigns.size).toBe(1)
    expect((await call(fake.url, '/api/v1/campaigns', init)).status).toBe(201)
  })

  it('scopes injected failures to a path and a count', async () => {
    const fake = await startFakeIntegra()
    servers.push(fake)
    const token = `Bearer ${FAKE_INTEGRA_TOKEN}`
    fake.setFailure({ kind: 'server_error' }, { path: '/api/v1/campaigns/x', times: 2 })
    expect((await call(fake.url, '/api/v1/campaigns', { token })).status).toBe(200)
    expect((await call(fake.url, '/api/v1/campaigns/x', { token })).status).toBe(500)
    expect((await call(fake.url, '/api/v1/campaigns/x', { token })).status).toBe(500)
    expect((await call(fake.url, '/api/v1/campaigns/x', { token })).body).toEqual({
      error: 'Campaign not found'
    })
  })
})

describe('fake Kinbox', () => {
  it('lists two realistic business-hours sets', async () => {
    const fake = await startFakeKinbox()
    servers.push(fake)
    const { body } = await call(fake.url, '/v3/business-hours', {
      token: `Bearer ${FAKE_KINBOX_TOKEN}`
    })
    expect(body).toMatchObject({
      totalCount: 2,
      data: [
        {
          mon: {
            active: true,
            hours: [
              ['08:00', '12:00'],
              ['13:30', '17:30']
            ]
          },
          sat: { hours: [['09:00', '13:00']] }
        },
        { fri: { active: true, hours: [['09:00', '18:00']] }, sat: { active: false } }
      ]
    })
  })

  it('answers 401 before validating, and 400 with every issue', async () => {
    const fake = await startFakeKinbox()
    servers.push(fake)
    const bad = { method: 'POST', body: JSON.stringify({ channelType: '0' }) }
    expect(await call(fake.url, '/v3/campaigns', bad)).toMatchObject({ status: 401 })
    const invalid = await call(fake.url, '/v3/campaigns', {
      ...bad,
      token: `Bearer ${FAKE_KINBOX_TOKEN}`
    })
    expect(invalid).toEqual({
      status: 400,
      headers: expect.anything(),
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: [
          "body: (root) must have required property 'name'",
          'body: /channelType must be equal to one of the allowed values (1, 2, 3, 4, 5, 6, 7, 8, 9)'
        ]
      }
    })
    expect(fake.requests).toHaveLength(2)
  })

  it('creates through /v1 as well, and filters the list by name, loosely', async () => {
    const fake = await startFakeKinbox()
    servers.push(fake)
    const token = `Bearer ${FAKE_KINBOX_TOKEN}`
    for (const name of ['Natal', 'natal 2', 'Páscoa']) {
      const res = await call(fake.url, '/v1/campaigns', {
        method: 'POST',
        token,
        body: JSON.stringify({ name })
      })
      expect(res.status).toBe(201)
    }
    const { body } = await call(fake.url, '/v3/campaigns?name=NATAL&limit=1', { token })
    expect(body).toMatchObject({ totalCount: 2, data: [{ name: 'natal 2' }] })
    expect((await call(fake.url, '/v3/campaigns?limit=501', { token })).status).toBe(400)
  })
})
