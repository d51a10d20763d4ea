import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * What both fake vendors share: a loopback HTTP server that records every request, reads
 * JSON bodies, and lets a test inject failures for the next request(s) or for one path.
 * The vendor-specific part (routes, auth, error shapes) comes in as a `FakeVendor`.
 */

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
}

export interface FakeRequest extends RecordedRequest {
  searchParams: URLSearchParams
  bodyError?: string
}

export interface FakeResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type Failure =
  | { kind: 'unauthorized' }
  | { kind: 'bad_request'; message?: string }
  | { kind: 'server_error'; status?: 500 | 502 | 503 | 504 }
  /** 429 with `X-RateLimit-*` (Reset in epoch seconds) unless `headers` is false. */
  | { kind: 'rate_limited'; resetInSeconds?: number; headers?: boolean }
  /** Never answer (the client must time out). `afterHandling`: act on the request first. */
  | { kind: 'hang'; afterHandling?: boolean }
  /** Act on the request (e.g. create the campaign), then destroy the socket unanswered. */
  | { kind: 'drop' }

export interface FailureScope {
  /** How many matching requests get it (default 1; Infinity for all). */
  times?: number
  method?: string
  /** Exact path (no query) or a pattern. */
  path?: string | RegExp
}

export interface FakeVendor {
  handle(request: FakeRequest): FakeResponse
  errorBody(status: number, message: string): unknown
  unauthorizedText: string
  now(): number
}

export interface FakeServer {
  url: string
  requests: RecordedRequest[]
  setFailure(failure: Failure, scope?: FailureScope): void
  clearFailures(): void
  close(): Promise<void>
}

interface FailureRule extends FailureScope {
  failure: Failure
  remaining: number
}

export async function startFakeServer(vendor: FakeVendor): Promise<FakeServer> {
  const requests: RecordedRequest[] = []
  let rules: FailureRule[] = []

  function takeFailure(request: FakeRequest): Failure | undefined {
    const rule = rules.find((r) => r.remaining > 0 && scopeMatches(r, request))
    if (!rule) return undefined
    rule.remaining--
    rules = rules.filter((r) => r.remaining > 0)
    return rule.failure
  }

  const server = createServer((req, res) => {
    void readRequest(req).then((request) => {
      requests.push(recorded(request))
      serve(vendor, request, takeFailure(request), res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setFailure(failure, scope = {}) {
      rules.push({ ...scope, failure, remaining: scope.times ?? 1 })
    },
    clearFailures() {
      rules = []
    },
    close() {
      if (!server.listening) return Promise.resolve()
      // Hanging requests keep sockets open; end them so close() returns.
      server.closeAllConnections()
      return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
    }
  }
}

function scopeMatches(rule: FailureScope, request: FakeRequest): boolean {
  if (rule.method && rule.method.toUpperCase() !== request.method) return false
  if (rule.path === undefined) return true
  return typeof rule.path === 'string' ? rule.path === request.path : rule.path.test(request.path)
}

function serve(
  vendor: FakeVendor,
  request: FakeRequest,
  failure: Failure | undefined,
  res: ServerResponse
): void {
  if (failure?.kind === 'hang' && !failure.afterHandling) return
  const injected = failure && injectedResponse(vendor, failure)
  if (injected) return send(res, injected)
  const response = vendor.handle(request)
  if (failure?.kind === 'hang') return
  if (failure?.kind === 'drop') {
    res.socket?.destroy()
    return
  }
  send(res, response)
}

function injectedResponse(vendor: FakeVendor, failure: Failure): FakeResponse | undefined {
  switch (failure.kind) {
    case 'unauthorized':
      return { status: 401, body: vendor.errorBody(401, vendor.unauthorizedText) }
    case 'bad_request':
      return { status: 400, body: vendor.errorBody(400, failure.message ?? 'Invalid request') }
    case 'server_error': {
      const status = failure.status ?? 500
      return { status, body: vendor.errorBody(status, 'Internal server error') }
    }
    case 'rate_limited':
      return rateLimitedResponse(vendor, failure.resetInSeconds ?? 1, failure.headers ?? true)
    default:
      return undefined
  }
}

function rateLimitedResponse(
  vendor: FakeVendor,
  resetInSeconds: number,
  withHeaders: boolean
): FakeResponse {
  const reset = Math.ceil(vendor.now() / 1000) + resetInSeconds
  const headers = rateLimitHeaders(60, 0, reset)
  return {
    status: 429,
    body: vendor.errorBody(429, 'Rate limit exceeded'),
    ...(withHeaders && { headers })
  }
}

export function rateLimitHeaders(
  limit: number,
  remaining: number,
  resetEpochSeconds: number
): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(Math.max(0, remaining)),
    'X-RateLimit-Reset': String(resetEpochSeconds)
  }
}

function send(res: ServerResponse, response: FakeResponse): void {
  const text = response.body === undefined ? '' : JSON.stringify(response.body)
  res.writeHead(response.status, {
    ...(text && { 'Content-Type': 'application/json; charset=utf-8' }),
    ...response.headers
  })
  res.end(text)
}

async function readRequest(req: IncomingMessage): Promise<FakeRequest> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const raw = Buffer.concat(chunks).toString('utf8')
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  const { body, bodyError } = parseJson(raw)
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    searchParams: url.searchParams,
    headers,
    body,
    ...(bodyError && { bodyError })
  }
}

function parseJson(raw: string): { body: unknown; bodyError?: string } {
  if (raw.length === 0) return { body: undefined }
  try {
    return { body: JSON.parse(raw) as unknown }
  } catch {
    return { body: raw, bodyError: 'body is not valid JSON' }
  }
}

function recorded(request: FakeRequest): RecordedRequest {
  const { method, path, query, headers, body } = request
  return { method, path, query, headers, body }
}
