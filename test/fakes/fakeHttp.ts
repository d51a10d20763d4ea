import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import {
  createFaultMatcher,
  FaultRules,
  type Failure,
  type FailureScope,
  type FaultRule
} from './faults'
import { rateLimitHeaders } from './rateLimiter'

/**
 * What both fake vendors share: a loopback HTTP server that records every request, reads
 * JSON bodies, injects failures on demand, and answers a test-only control API under
 * `/__fake/` (never recorded, never failed, not in any OpenAPI file, so no client code path
 * reaches it). The vendor-specific part (routes, auth, error shapes) comes in as a `FakeVendor`.
 */

export type { Failure, FailureScope, FaultRule } from './faults'
export { rateLimitHeaders } from './rateLimiter'

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

export type ControlAction = (body: unknown) => FakeResponse | Promise<FakeResponse>

export interface FakeVendor {
  handle(request: FakeRequest): FakeResponse | Promise<FakeResponse>
  errorBody(status: number, message: string): unknown
  unauthorizedText: string
  now(): number
  /** Vendor actions at `POST /__fake/<name>` (e.g. `advance`). */
  control?: Record<string, ControlAction>
  /** Added to `GET /__fake/state`. */
  state?(): Record<string, unknown>
  /** Forget every campaign (`POST /__fake/reset`). */
  reset?(): void
}

/** A request kept waiting by `hold` until the test lets it through. */
export interface HeldRequest {
  /** Resolves once a matching request has arrived (and is waiting). */
  reached: Promise<void>
  release(): void
}

export interface FakeServer {
  url: string
  requests: RecordedRequest[]
  setFailure(failure: Failure, scope?: FailureScope): void
  /**
   * Keeps the next request with this method (and path, when given) waiting until `release()`:
   * a test can then act while a client is surely mid-request, with no clock involved.
   */
  hold(scope: { method: string; path?: string }): HeldRequest
  /** The JSON form, as `POST /__fake/faults` takes it. */
  addFaults(rules: FaultRule[]): void
  clearFailures(): void
  /** Forget requests, failures and every campaign (as `POST /__fake/reset`). */
  reset(): void
  close(): Promise<void>
}

export const CONTROL_PREFIX = '/__fake/'

export async function startFakeServer(
  vendor: FakeVendor,
  options: { faults?: FaultRule[]; port?: number } = {}
): Promise<FakeServer> {
  const requests: RecordedRequest[] = []
  const faults = createFaultMatcher()
  const holds = createHolds()
  const addFaults = (rules: FaultRule[]) => {
    for (const rule of FaultRules.parse(rules)) faults.add(rule.failure, rule.scope)
  }
  addFaults(options.faults ?? [])

  const reset = () => {
    requests.length = 0
    faults.clear()
    vendor.reset?.()
  }
  const control = controlRoutes(vendor, {
    state: () => ({ requests, faults: faults.pending(), ...vendor.state?.() }),
    addFaults,
    clearFaults: () => faults.clear(),
    reset
  })

  const server = createServer((req, res) => {
    void readRequest(req).then(async (request) => {
      if (request.path.startsWith(CONTROL_PREFIX)) return send(res, await control(request))
      requests.push(recorded(request))
      await holds.wait(request)
      await serve(vendor, request, faults.take(request.method, request.path), res)
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setFailure: (failure, scope) => faults.add(failure, scope),
    hold: holds.add,
    addFaults,
    clearFailures: () => faults.clear(),
    reset,
    close() {
      if (!server.listening) return Promise.resolve()
      // Hanging requests keep sockets open; end them so close() returns.
      server.closeAllConnections()
      return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
    }
  }
}

interface Hold {
  method: string
  path: string | undefined
  arrived(): void
  released: Promise<void>
}

function createHolds() {
  const waiting: Hold[] = []
  return {
    add(scope: { method: string; path?: string }): HeldRequest {
      let arrived = (): void => undefined
      let release = (): void => undefined
      const reached = new Promise<void>((resolve) => (arrived = resolve))
      const released = new Promise<void>((resolve) => (release = resolve))
      waiting.push({ method: scope.method, path: scope.path, arrived, released })
      return { reached, release }
    },
    /** Waits if a hold matches this request (each hold takes one request). */
    async wait(request: FakeRequest): Promise<void> {
      const at = waiting.findIndex(
        (h) => h.method === request.method && (h.path === undefined || h.path === request.path)
      )
      const hold = at === -1 ? undefined : waiting.splice(at, 1)[0]
      if (!hold) return
      hold.arrived()
      await hold.released
    }
  }
}

interface ControlCore {
  state(): unknown
  addFaults(rules: FaultRule[]): void
  clearFaults(): void
  reset(): void
}

function controlRoutes(vendor: FakeVendor, core: ControlCore) {
  return async (request: FakeRequest): Promise<FakeResponse> => {
    const action = request.path.slice(CONTROL_PREFIX.length)
    const route = `${request.method} ${action}`
    try {
      if (route === 'GET state') return { status: 200, body: core.state() }
      if (route === 'POST faults') {
        core.addFaults(FaultRules.parse(request.body))
        return { status: 200, body: core.state() }
      }
      if (route === 'DELETE faults') {
        core.clearFaults()
        return { status: 204 }
      }
      if (route === 'POST reset') {
        core.reset()
        return { status: 204 }
      }
      const custom = request.method === 'POST' ? vendor.control?.[action] : undefined
      if (custom) return await custom(request.body)
      return { status: 404, body: { error: `no control action ${route}` } }
    } catch (e) {
      const message = e instanceof z.ZodError ? z.prettifyError(e) : String(e)
      return { status: 400, body: { error: message } }
    }
  }
}

async function serve(
  vendor: FakeVendor,
  request: FakeRequest,
  failure: Failure | undefined,
  res: ServerResponse
): Promise<void> {
  if (!failure) return send(res, await handleSafely(vendor, request))
  switch (failure.kind) {
    case 'hang':
      if (failure.afterHandling) await handleSafely(vendor, request)
      return
    case 'drop':
      if (failure.afterHandling ?? true) await handleSafely(vendor, request)
      res.socket?.destroy()
      return
    case 'server_error':
      if (failure.afterHandling) await handleSafely(vendor, request)
      return send(res, serverError(vendor, failure.status ?? 500))
    default:
      return send(res, injectedResponse(vendor, failure))
  }
}

async function handleSafely(vendor: FakeVendor, request: FakeRequest): Promise<FakeResponse> {
  try {
    return await vendor.handle(request)
  } catch (e) {
    // A bug in the fake must show as itself, not as a vendor answer.
    return { status: 500, body: vendor.errorBody(500, `fake server bug: ${String(e)}`) }
  }
}

function serverError(vendor: FakeVendor, status: number): FakeResponse {
  return { status, body: vendor.errorBody(status, 'Internal server error') }
}

function injectedResponse(
  vendor: FakeVendor,
  failure: Extract<Failure, { kind: 'unauthorized' | 'bad_request' | 'rate_limited' }>
): FakeResponse {
  switch (failure.kind) {
    case 'unauthorized':
      return { status: 401, body: vendor.errorBody(401, vendor.unauthorizedText) }
    case 'bad_request':
      return { status: 400, body: vendor.errorBody(400, failure.message ?? 'Invalid request') }
    case 'rate_limited':
      return rateLimitedResponse(vendor, failure)
  }
}

function rateLimitedResponse(
  vendor: FakeVendor,
  failure: Extract<Failure, { kind: 'rate_limited' }>
): FakeResponse {
  const inSeconds = failure.resetInSeconds ?? 1
  const reset = failure.reset === 'seconds' ? inSeconds : Math.ceil(vendor.now() / 1000) + inSeconds
  return {
    status: 429,
    body: vendor.errorBody(429, 'Rate limit exceeded'),
    ...((failure.headers ?? true) && { headers: rateLimitHeaders(60, 0, reset) })
  }
}

function send(res: ServerResponse, response: FakeResponse): void {
  // The client may have gone (aborted, or close() ended every socket) while we worked.
  if (res.destroyed || res.writableEnded) return
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

/** Page `items` the Integra way (1-based `page`, `limit`). */
export function pageOf<T>(items: T[], page: number, limit: number): T[] {
  return items.slice((page - 1) * limit, page * limit)
}
