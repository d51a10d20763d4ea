import { describe, expect, it } from 'vitest'
import type { FakeServer, FaultRule } from '../../fakes/fakeHttp'
import { startFakeIntegra } from '../../fakes/integraServer'
import { startFakeKinbox } from '../../fakes/kinboxServer'
import { INTEGRA_AUTH, KINBOX_AUTH, call, closeAfterEach, integraCampaign } from './helpers'
import { until } from '../until'

/**
 * Every injected failure, on both fakes: it must do exactly what the launch engine's fault
 * tests rely on (above all, whether the campaign exists afterwards).
 */

const track = closeAfterEach()
const NOW = Date.parse('2026-12-01T12:00:00Z')

interface Vendor {
  name: string
  start(faults?: FaultRule[]): Promise<FakeServer & { campaigns: Map<string, unknown> }>
  auth: string
  createPath: string
  body: unknown
  listPath: string
  /** The vendor's error shape around a message. */
  error(status: number, message: string): unknown
}

const vendors: Vendor[] = [
  {
    name: 'Integra',
    start: (faults = []) => startFakeIntegra({ now: () => NOW, faults }),
    auth: INTEGRA_AUTH,
    createPath: '/api/v1/campaigns',
    body: integraCampaign('Natal'),
    listPath: '/api/v1/campaigns',
    error: (_status, message) => ({ error: message })
  },
  {
    name: 'Kinbox',
    start: (faults = []) => startFakeKinbox({ now: () => NOW, faults }),
    auth: KINBOX_AUTH,
    createPath: '/v3/campaigns',
    body: { name: 'Natal' },
    listPath: '/v3/campaigns',
    error: (status, message) => ({
      statusCode: status,
      message,
      error: expect.any(String) as unknown
    })
  }
]

describe.each(vendors)('fake $name fails on demand', (vendor) => {
  async function setup(faults?: FaultRule[]) {
    const fake = track(await vendor.start(faults))
    const create = (signal?: AbortSignal) =>
      call(fake.url + vendor.createPath, {
        method: 'POST',
        auth: vendor.auth,
        body: vendor.body,
        ...(signal && { signal })
      })
    return { fake, create }
  }

  it('401 with the vendor error body, and nothing created', async () => {
    const { fake, create } = await setup()
    fake.setFailure({ kind: 'unauthorized' })
    const reply = await create()
    expect(reply.status).toBe(401)
    expect(fake.campaigns.size).toBe(0)
    expect((await create()).status).toBe(201)
  })

  it('400 in the vendor error shape with the message asked for', async () => {
    const { fake, create } = await setup()
    fake.setFailure({ kind: 'bad_request', message: 'scheduled_at is in the past' })
    expect(await create()).toMatchObject({
      status: 400,
      body: vendor.error(400, 'scheduled_at is in the past')
    })
    expect(fake.campaigns.size).toBe(0)
  })

  it('429 with X-RateLimit-Reset in epoch seconds, or as a small delay in seconds', async () => {
    const { fake, create } = await setup()
    fake.setFailure({ kind: 'rate_limited', resetInSeconds: 30 })
    fake.setFailure({ kind: 'rate_limited', resetInSeconds: 5, reset: 'seconds' })
    fake.setFailure({ kind: 'rate_limited', headers: false })
    const epoch = await create()
    expect(epoch.status).toBe(429)
    expect(epoch.headers.get('x-ratelimit-reset')).toBe(String(NOW / 1000 + 30))
    expect(epoch.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(epoch.headers.get('x-ratelimit-limit')).toBe('60')
    expect((await create()).headers.get('x-ratelimit-reset')).toBe('5')
    const bare = await create()
    expect(bare.status).toBe(429)
    expect(bare.headers.get('x-ratelimit-reset')).toBeNull()
    expect(fake.campaigns.size).toBe(0)
  })

  it('500 before creating leaves no campaign; 500 after creating leaves one', async () => {
    const { fake, create } = await setup()
    fake.setFailure({ kind: 'server_error' })
    expect((await create()).status).toBe(500)
    expect(fake.campaigns.size).toBe(0)
    fake.setFailure({ kind: 'server_error', status: 503, afterHandling: true })
    expect((await create()).status).toBe(503)
    expect(fake.campaigns.size).toBe(1)
  })

  it('a dropped response after creating: the client sees a network error, the campaign exists', async () => {
    const { fake, create } = await setup()
    fake.setFailure({ kind: 'drop' })
    await expect(create()).rejects.toThrow('fetch failed')
    expect(fake.campaigns.size).toBe(1)
    fake.setFailure({ kind: 'drop', afterHandling: false })
    await expect(create()).rejects.toThrow('fetch failed')
    expect(fake.campaigns.size).toBe(1)
  })

  it('a response that never comes, until the client aborts; nothing created', async () => {
    const { fake, create } = await setup()
    fake.setFailure({ kind: 'hang' })
    const abort = new AbortController()
    const pending = create(abort.signal)
    await until(() => expect(fake.requests).toHaveLength(1))
    abort.abort()
    await expect(pending).rejects.toThrow(/abort/i)
    expect(fake.campaigns.size).toBe(0)
    expect((await create()).status).toBe(201)
  })

  it('hangs after creating, and still closes cleanly with the request pending', async () => {
    const { fake, create } = await setup()
    fake.setFailure({ kind: 'hang', afterHandling: true })
    const pending = create()
    await until(() => expect(fake.campaigns.size).toBe(1))
    await fake.close()
    await expect(pending).rejects.toThrow('fetch failed')
  })

  it('fails only the Nth request matching method and path template', async () => {
    const { fake, create } = await setup([
      {
        failure: { kind: 'server_error' },
        scope: { method: 'POST', path: vendor.createPath, nth: 2, times: 2 }
      }
    ])
    const list = () => call(fake.url + vendor.listPath, { auth: vendor.auth })
    expect((await list()).status).toBe(200)
    expect((await create()).status).toBe(201)
    expect((await list()).status).toBe(200)
    expect((await create()).status).toBe(500)
    expect((await create()).status).toBe(500)
    expect((await create()).status).toBe(201)
    expect(fake.campaigns.size).toBe(2)
  })

  it('matches path templates and RegExps, and "always" until cleared', async () => {
    const { fake } = await setup()
    const template = vendor.listPath + '/{id}'
    fake.setFailure({ kind: 'unauthorized' }, { path: template, times: 'always' })
    const get = (id: string) => call(`${fake.url}${vendor.listPath}/${id}`, { auth: vendor.auth })
    expect((await get('a')).status).toBe(401)
    expect((await get('b')).status).toBe(401)
    expect((await call(fake.url + vendor.listPath, { auth: vendor.auth })).status).toBe(200)
    fake.clearFailures()
    fake.setFailure({ kind: 'server_error' }, { path: /\/c$/ })
    expect((await get('b')).status).toBe(404)
    expect((await get('c')).status).toBe(500)
  })
})
