import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ProviderError } from '../../../electron/main/providers/errors'
import {
  createHttpClient,
  MAX_RESPONSE_BYTES,
  type HttpClientOptions
} from '../../../electron/main/providers/http'

/** A token with a slash, as JSON encoders that escape '/' echo it: `abc\/def`. */
const TOKEN = 'kbx_live_abc/def+ghi=jkl_Xy12'

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void

interface Loopback {
  url: string
  /** Every request that reached this server, with its body. */
  seen: { method: string; path: string; body: string }[]
  close(): Promise<void>
}

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))))
})

async function loopback(handler: Handler): Promise<Loopback> {
  const seen: Loopback['seen'] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      seen.push({ method: req.method ?? '', path: req.url ?? '', body })
      handler(req, res, body)
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, seen, close: () => new Promise((r) => server.close(() => r())) }
}

function client(url: string, overrides: Partial<HttpClientOptions> = {}) {
  return createHttpClient({
    provider: 'kinbox',
    baseUrl: url,
    retry: { maxAttempts: 1 },
    sleep: async () => undefined,
    ...overrides
  })
}

const Anything = z.unknown()

async function caught(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ProviderError)
  return error as ProviderError
}

describe('the provider HTTP client against a hostile server', () => {
  it('does not follow a 307: the campaign body never reaches the other host', async () => {
    const elsewhere = await loopback((_req, res) => res.writeHead(201).end('{"id":"x"}'))
    const redirecting = await loopback((_req, res) =>
      res.writeHead(307, { location: `${elsewhere.url}/steal` }).end()
    )
    const error = await caught(
      client(redirecting.url).request({
        method: 'POST',
        path: '/campaigns',
        body: { name: 'Campanha', leads: ['+5511999999999'] },
        token: TOKEN,
        parse: (j) => Anything.parse(j)
      })
    )
    expect(error.message).toContain('redirect')
    expect(error.kind).toBe('server')
    expect(error.outcomeUnknown).toBe(true)
    expect(redirecting.seen).toHaveLength(1)
    expect(elsewhere.seen).toEqual([])
  })

  it('stops reading a body past the cap and closes the connection, with a clear error', async () => {
    let closed!: () => void
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve))
    let sent = 0
    // An endless JSON body, no content-length: the client must stop, not buffer it all.
    const endless = await loopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      res.write('{"campaigns":[')
      const pump = () => {
        while (!res.destroyed) {
          sent += chunk.length
          if (!res.write(chunk)) return
        }
      }
      res.on('drain', pump)
      res.on('close', () => closed())
      pump()
    })
    const error = await caught(
      client(endless.url).request({
        method: 'GET',
        path: '/campaigns',
        token: TOKEN,
        parse: (j) => Anything.parse(j)
      })
    )
    expect(error.message).toContain('response larger than 5.0 MB, not read')
    await connectionClosed
    // It read up to the cap, then let go of an endless body (buffering it would never end).
    expect(sent).toBeGreaterThanOrEqual(MAX_RESPONSE_BYTES)
  })

  it('refuses a declared content-length over the cap without reading it', async () => {
    const big = await loopback((_req, res) => {
      res.writeHead(200, { 'content-length': String(400 * 1024 * 1024) })
      res.write('{')
    })
    const error = await caught(
      client(big.url).request({
        method: 'GET',
        path: '/campaigns',
        token: TOKEN,
        parse: (j) => Anything.parse(j)
      })
    )
    expect(error.message).toContain('not read')
  })

  it('caps the server text an error message carries', async () => {
    const wordy = await loopback((_req, res) =>
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: 'x'.repeat(100_000) }))
    )
    const error = await caught(
      client(wordy.url).request({
        method: 'GET',
        path: '/campaigns',
        token: TOKEN,
        parse: (j) => Anything.parse(j)
      })
    )
    expect(error.kind).toBe('validation')
    expect(error.message.length).toBeLessThan(500)
  })

  it('redacts a JSON-escaped or URL-encoded echo of the token from the body and the message', async () => {
    const escaped = JSON.stringify(TOKEN).replace(/\//g, '\\/')
    expect(escaped).toContain('abc\\/def')
    const echoing = await loopback((_req, res) =>
      res
        .writeHead(422, { 'content-type': 'application/json' })
        .end(
          `{"message":"token ${escaped.slice(1, -1)} is not allowed",` +
            `"detail":{"query":"t=${encodeURIComponent(TOKEN)}","${escaped.slice(1, -1)}":1}}`
        )
    )
    const error = await caught(
      client(echoing.url).request({
        method: 'GET',
        path: '/business-hours',
        token: TOKEN,
        parse: (j) => Anything.parse(j)
      })
    )
    const everything = JSON.stringify(error) + error.message + String(error.stack)
    expect(everything).not.toContain(TOKEN)
    expect(everything).not.toContain('abc\\/def')
    expect(everything).not.toContain(encodeURIComponent(TOKEN))
    expect(error.message).toContain('[redacted]')
  })

  it('redacts the token from a successful parsed body before the caller sees it', async () => {
    const echoing = await loopback((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(`{"sets":[{"id":"${JSON.stringify(TOKEN).slice(1, -1).replace(/\//g, '\\/')}"}]}`)
    )
    const body = await client(echoing.url).request({
      method: 'GET',
      path: '/business-hours',
      token: TOKEN,
      parse: (j) => j
    })
    expect(JSON.stringify(body)).not.toContain('abc/def')
    expect(body).toEqual({ sets: [{ id: '[redacted]' }] })
  })

  it('in a packaged build, sends nothing while NODE_TLS_REJECT_UNAUTHORIZED=0 is set', async () => {
    const server = await loopback((_req, res) => res.writeHead(200).end('{}'))
    const request = (packaged: boolean, env: Record<string, string>) =>
      client(server.url, { packaged, env }).request({
        method: 'GET',
        path: '/campaigns',
        token: TOKEN,
        parse: (j) => j
      })
    const error = await caught(request(true, { NODE_TLS_REJECT_UNAUTHORIZED: '0' }))
    expect(error.message).toContain('NODE_TLS_REJECT_UNAUTHORIZED=0')
    expect(server.seen).toEqual([])
    // A dev build (the fakes, staging) and a packaged build with checks on both go ahead.
    await expect(request(false, { NODE_TLS_REJECT_UNAUTHORIZED: '0' })).resolves.toEqual({})
    await expect(request(true, {})).resolves.toEqual({})
    expect(server.seen).toHaveLength(2)
  })
})
