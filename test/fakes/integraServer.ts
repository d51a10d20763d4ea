import { randomUUID } from 'node:crypto'
import {
  rateLimitHeaders,
  startFakeServer,
  type FakeRequest,
  type FakeResponse,
  type FakeServer
} from './fakeHttp'
import { createOpenApiValidator, loadOpenApi } from './openapi'

/**
 * A fake Integra (`integra.openapi.json` + providers.md): its three 401 texts, its
 * `{ error }` body, 60 requests/minute per key, and the campaign endpoints the launch uses.
 */

export const FAKE_INTEGRA_TOKEN = `ik_live_${'0123456789abcdef'.repeat(4)}`

export interface IntegraStoredCampaign {
  id: string
  name: string
  status: string
  total_recipients: number
  scheduled_at: string
  created_at: string
  project_id: string
  agent_id: string
  phone_number_id: string
  config?: Record<string, unknown>
  recipients: { phone_number: string; recipient_name?: string }[]
}

export interface FakeIntegraOptions {
  /** Keys that are valid (default: FAKE_INTEGRA_TOKEN). */
  tokens?: string[]
  /** Per key; false turns it off. Default 60 per 60 s, as documented. */
  rateLimit?: { limit: number; windowMs: number } | false
  now?: () => number
  campaigns?: IntegraStoredCampaign[]
}

export interface FakeIntegra extends FakeServer {
  campaigns: Map<string, IntegraStoredCampaign>
}

const KEY_FORMAT = /^Bearer (ik_live_[0-9a-f]{64})$/

type Window = { start: number; count: number }

export async function startFakeIntegra(options: FakeIntegraOptions = {}): Promise<FakeIntegra> {
  const tokens = new Set(options.tokens ?? [FAKE_INTEGRA_TOKEN])
  const now = options.now ?? Date.now
  const rateLimit = options.rateLimit ?? { limit: 60, windowMs: 60_000 }
  const campaigns = new Map((options.campaigns ?? []).map((c) => [c.id, c]))
  const validator = createOpenApiValidator(loadOpenApi('integra'), {
    precompile: ['POST /api/v1/campaigns', 'GET /api/v1/campaigns', 'GET /api/v1/campaigns/{id}']
  })
  const windows = new Map<string, Window>()

  function handle(request: FakeRequest): FakeResponse {
    const key = authenticate(request.headers['authorization'])
    if (typeof key !== 'string') return key
    const limited = countRequest(key)
    if (limited.status === 429) return limited
    return withHeaders(route(request), limited.headers)
  }

  function authenticate(header: string | undefined): string | FakeResponse {
    if (header === undefined) return error(401, 'Missing Authorization header')
    const key = KEY_FORMAT.exec(header)?.[1]
    if (key === undefined) return error(401, 'Invalid API key format')
    return tokens.has(key) ? key : error(401, 'Invalid or revoked API key')
  }

  function countRequest(key: string): FakeResponse & { headers: Record<string, string> } {
    if (rateLimit === false) return { status: 200, headers: {} }
    let window = windows.get(key)
    if (!window || now() >= window.start + rateLimit.windowMs) {
      window = { start: now(), count: 0 }
      windows.set(key, window)
    }
    window.count++
    const reset = Math.ceil((window.start + rateLimit.windowMs) / 1000)
    const headers = rateLimitHeaders(rateLimit.limit, rateLimit.limit - window.count, reset)
    if (window.count <= rateLimit.limit) return { status: 200, headers }
    return { ...error(429, 'Rate limit exceeded'), headers }
  }

  function route(request: FakeRequest): FakeResponse {
    const validation = validator.validate({
      method: request.method,
      path: request.path,
      query: request.searchParams,
      authorization: request.headers['authorization'],
      body: request.body,
      ...(request.bodyError && { bodyError: request.bodyError })
    })
    if (validation.kind === 'no_route') return error(404, 'Not found')
    if (validation.kind === 'method_not_allowed') return error(405, 'Method not allowed')
    if (validation.issues.length > 0) {
      return error(400, validation.issues.map((i) => `${i.where}: ${i.message}`).join('; '))
    }
    const { method, template, params } = validation.operation
    if (method === 'POST' && template === '/api/v1/campaigns') return create(request.body)
    if (method === 'GET' && template === '/api/v1/campaigns') return list(request.searchParams)
    if (method === 'GET' && template === '/api/v1/campaigns/{id}') return get(params['id'] ?? '')
    return error(501, `${method} ${template} is not implemented by the fake`)
  }

  function create(body: unknown): FakeResponse {
    const input = body as Omit<IntegraStoredCampaign, 'id' | 'status' | 'created_at'>
    const campaign: IntegraStoredCampaign = {
      ...input,
      id: randomUUID(),
      status: 'PENDING',
      total_recipients: input.recipients.length,
      created_at: new Date(now()).toISOString()
    }
    campaigns.set(campaign.id, campaign)
    return { status: 201, body: summary(campaign) }
  }

  function list(query: URLSearchParams): FakeResponse {
    const page = Number(query.get('page') ?? 1)
    const limit = Number(query.get('limit') ?? 20)
    // The OpenAPI types these as free strings; the documented limits are checked here.
    if (!Number.isInteger(page) || page < 1) return error(400, 'page must be a positive integer')
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return error(400, 'limit must be an integer from 1 to 100')
    }
    const status = query.get('status')
    // Newest first (insertion order reversed); the real order is unspecified.
    const all = [...campaigns.values()]
      .reverse()
      .filter((c) => status === null || c.status === status)
    const items = all.slice((page - 1) * limit, page * limit).map(summary)
    return {
      status: 200,
      body: { campaigns: items, pagination: { page, limit, total: all.length } }
    }
  }

  function get(id: string): FakeResponse {
    const campaign = campaigns.get(id)
    return campaign ? { status: 200, body: campaign } : error(404, 'Campaign not found')
  }

  const server = await startFakeServer({
    handle,
    errorBody,
    unauthorizedText: 'Invalid or revoked API key',
    now
  })
  return Object.assign(server, { campaigns })
}

function summary(campaign: IntegraStoredCampaign): Record<string, unknown> {
  const { id, name, status, total_recipients, scheduled_at, created_at } = campaign
  return { id, name, status, total_recipients, scheduled_at, created_at }
}

function errorBody(_status: number, message: string): unknown {
  return { error: message }
}

function error(status: number, message: string): FakeResponse {
  return { status, body: errorBody(status, message) }
}

function withHeaders(response: FakeResponse, headers: Record<string, string>): FakeResponse {
  return { ...response, headers: { ...headers, ...response.headers } }
}
