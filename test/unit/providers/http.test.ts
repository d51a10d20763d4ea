import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ProviderError } from '../../../electron/main/providers/errors'
import { createHttpClient, type HttpClientOptions } from '../../../electron/main/providers/http'
import { FAKE_INTEGRA_TOKEN, startFakeIntegra, type FakeIntegra } from '../../fakes/integraServer'
import { startFakeKinbox } from '../../fakes/kinboxServer'
import { FAST_RETRY, everyRendering, integraBody, virtualTime } from './helpers'
import { until } from '../until'

const List = z.object({ campaigns: z.array(z.unknown()) })
const Created = z.object({ id: z.string() })

let fake: FakeIntegra
afterEach(async () => {
  vi.useRealTimers()
  await fake?.close()
})

/**
 * The client's per-attempt timeout runs on a fake clock: it fires when the test says so,
 * once the server visibly holds the request, never because a busy machine was slow.
 */
const TIMEOUT_MS = 60_000
function fakeTimeoutClock(): { expire(): void } {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  return { expire: () => vi.advanceTimersByTime(TIMEOUT_MS) }
}

async function setup(overrides: Partial<HttpClientOptions> = {}) {
  const time = virtualTime()
  fake = await startFakeIntegra({ now: time.now })
  const http = createHttpClient({
    provider: 'integra',
    baseUrl: fake.url,
    retry: FAST_RETRY,
    sleep: time.sleep,
    now: time.now,
    timeoutMs: 2_000,
    ...overrides
  })
  const list = (token = FAKE_INTEGRA_TOKEN) =>
    http.request({ method: 'GET', path: '/api/v1/campaigns', token, parse: (j) => List.parse(j) })
  const create = (body: unknown = integraBody()) =>
    http.request({
      method: 'POST',
      path: '/api/v1/campaigns',
      body,
      token: FAKE_INTEGRA_TOKEN,
      parse: (j) => Created.parse(j)
    })
  return { time, http, list, create }
}

async function caught(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ProviderError)
  return error as ProviderError
}

describe('provider HTTP helper', () => {
  it('sends the token as a Bearer header and JSON', async () => {
    const { create } = await setup()
    await create()
    const [request] = fake.requests
    expect(request?.headers['authorization']).toBe(`Bearer ${FAKE_INTEGRA_TOKEN}`)
    expect(request?.headers['content-type']).toBe('application/json')
  })

  it('turns a 401 into an auth error carrying the server text, without retrying', async () => {
    const { list } = await setup()
    const wrong = `ik_live_${'f'.repeat(64)}`
    const error = await caught(list(wrong))
    expect(error).toMatchObject({ kind: 'auth', status: 401, provider: 'integra' })
    expect(error.message).toContain('Invalid or revoked API key')
    expect(error.body).toEqual({ error: 'Invalid or revoked API key' })
    expect(fake.requests).toHaveLength(1)
  })

  it('does not retry a 400', async () => {
    const { create, time } = await setup()
    const error = await caught(create(integraBody('x', ['5511999999999'])))
    expect(error).toMatchObject({ kind: 'validation', status: 400, outcomeUnknown: false })
    expect(error.message).toMatch(/phone_number must match pattern/)
    expect(fake.requests).toHaveLength(1)
    expect(time.sleeps).toEqual([])
  })

  it('waits for X-RateLimit-Reset after a 429, then succeeds', async () => {
    const { list, time } = await setup()
    fake.setFailure({ kind: 'rate_limited', resetInSeconds: 30 })
    await list()
    expect(fake.requests).toHaveLength(2)
    // Reset is whole epoch seconds: the wait ends exactly at it (virtual clock starts on one).
    expect(time.sleeps).toEqual([30_000])
  })

  it('retries a 429 on a creation too (the server did nothing)', async () => {
    const { create } = await setup()
    fake.setFailure({ kind: 'rate_limited', resetInSeconds: 2 })
    await create()
    expect(fake.campaigns.size).toBe(1)
  })

  it('gives up at once when the reset is further away than it will wait', async () => {
    const { list, time } = await setup({ retry: { ...FAST_RETRY, maxRateLimitWaitMs: 5_000 } })
    fake.setFailure({ kind: 'rate_limited', resetInSeconds: 60 })
    const error = await caught(list())
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429 })
    expect(error.retryAt).toBe(time.now() + 60_000)
    expect(fake.requests).toHaveLength(1)
  })

  it('backs off on a 429 without headers', async () => {
    const { list, time } = await setup()
    fake.setFailure({ kind: 'rate_limited', headers: false })
    await list()
    expect(time.sleeps).toEqual([10])
  })

  it('retries a 500 on a read with exponential backoff and succeeds', async () => {
    const { list, time } = await setup()
    fake.setFailure({ kind: 'server_error' }, { times: 2 })
    await expect(list()).resolves.toEqual({ campaigns: [] })
    expect(fake.requests).toHaveLength(3)
    expect(time.sleeps).toEqual([10, 20])
  })

  it('gives up on a read after maxAttempts of 5xx', async () => {
    const { list } = await setup()
    fake.setFailure({ kind: 'server_error', status: 503 }, { times: Infinity })
    const error = await caught(list())
    expect(error).toMatchObject({ kind: 'server', status: 503, outcomeUnknown: false })
    expect(fake.requests).toHaveLength(3)
  })

  it('does not resend a creation after a 500: its outcome is unknown', async () => {
    const { create } = await setup()
    fake.setFailure({ kind: 'server_error' })
    const error = await caught(create())
    expect(error).toMatchObject({ kind: 'server', outcomeUnknown: true })
    expect(fake.requests).toHaveLength(1)
  })

  it('times out a hanging read, then retries it', async () => {
    const { list } = await setup({ timeoutMs: TIMEOUT_MS })
    fake.setFailure({ kind: 'hang' })
    const clock = fakeTimeoutClock()
    const listed = list()
    await until(() => expect(fake.requests).toHaveLength(1))
    clock.expire()
    await expect(listed).resolves.toEqual({ campaigns: [] })
    expect(fake.requests).toHaveLength(2)
  })

  it('reports a timeout when every attempt hangs', async () => {
    const { list } = await setup({ timeoutMs: 100, retry: { ...FAST_RETRY, maxAttempts: 2 } })
    fake.setFailure({ kind: 'hang' }, { times: Infinity })
    const error = await caught(list())
    expect(error).toMatchObject({ kind: 'timeout', outcomeUnknown: false })
    expect(error.status).toBeUndefined()
  })

  it('does not resend a creation that timed out after the server acted on it', async () => {
    const { create } = await setup({ timeoutMs: TIMEOUT_MS })
    fake.setFailure({ kind: 'hang', afterHandling: true })
    const clock = fakeTimeoutClock()
    const created = create()
    await until(() => expect(fake.campaigns.size).toBe(1))
    clock.expire()
    const error = await caught(created)
    expect(error).toMatchObject({ kind: 'timeout', outcomeUnknown: true })
    expect(fake.requests).toHaveLength(1)
    expect(fake.campaigns.size).toBe(1)
  })

  it('surfaces a dropped creation response as a network error, not resent', async () => {
    const { create } = await setup()
    fake.setFailure({ kind: 'drop' })
    const error = await caught(create())
    expect(error).toMatchObject({ kind: 'network', outcomeUnknown: true })
    expect(fake.campaigns.size).toBe(1)
    expect(fake.requests).toHaveLength(1)
  })

  it('retries a creation when the connection was refused (nothing was sent)', async () => {
    const { create, time } = await setup()
    await fake.close()
    const error = await caught(create())
    expect(error).toMatchObject({ kind: 'network', outcomeUnknown: false })
    expect(error.message).toContain('ECONNREFUSED')
    expect(time.sleeps).toEqual([10, 20])
  })

  it('reports a 2xx body of the wrong shape as a server error', async () => {
    const { http } = await setup()
    const request = http.request({
      method: 'GET',
      path: '/api/v1/campaigns',
      token: FAKE_INTEGRA_TOKEN,
      parse: (j) => z.object({ nope: z.string() }).parse(j)
    })
    const error = await caught(request)
    expect(error).toMatchObject({ kind: 'server', status: undefined })
    expect(error.message).toContain('unexpected response')
  })

  it('tells the caller about each retry, without the token', async () => {
    const events: unknown[] = []
    const { list } = await setup({ onRetry: (event) => events.push(event) })
    fake.setFailure({ kind: 'server_error' })
    await list()
    expect(events).toEqual([
      {
        provider: 'integra',
        method: 'GET',
        path: '/api/v1/campaigns',
        attempt: 1,
        delayMs: 10,
        kind: 'server',
        status: 500
      }
    ])
  })

  it('never puts the token in an error, even when the server echoes it', async () => {
    const { list, create } = await setup({ timeoutMs: 100 })
    const errors: unknown[] = []
    const collect = (p: Promise<unknown>) => p.catch((e: unknown) => errors.push(e))
    const revoked = `ik_live_${'e'.repeat(64)}`
    await collect(list(revoked))
    fake.setFailure({ kind: 'hang' }, { times: Infinity })
    await collect(list())
    fake.clearFailures()
    fake.setFailure({ kind: 'drop' })
    await collect(create())
    await collect(create({ name: 'x' }))
    // Kinbox's 404 ("Cannot GET /path") echoes the path, and this path holds the token.
    const kinbox = await startFakeKinbox()
    const echoing = createHttpClient({ provider: 'kinbox', baseUrl: kinbox.url })
    await collect(
      echoing.request({
        method: 'GET',
        path: `/echo/${FAKE_INTEGRA_TOKEN}`,
        token: FAKE_INTEGRA_TOKEN,
        parse: (j) => j
      })
    )
    await kinbox.close()
    expect(errors).toHaveLength(5)
    for (const error of errors) {
      const text = await everyRendering(error)
      expect(text).not.toContain(FAKE_INTEGRA_TOKEN.slice(8))
      expect(text).not.toContain(revoked.slice(8))
    }
    expect(JSON.stringify(errors[4])).toContain('[redacted]')
  })
})
