import { z } from 'zod'
import { KINBOX_CAMPAIGN_STATUSES } from '../../shared/providers/kinbox/schemas'
import {
  startFakeServer,
  type FakeRequest,
  type FakeResponse,
  type FakeServer,
  type FaultRule
} from './fakeHttp'
import {
  KINBOX_LEAD_STATUSES,
  createKinboxCampaigns,
  type AdvanceKinbox,
  type KinboxLead,
  type KinboxStoredCampaign,
  type LeadOutcomeFor
} from './kinboxCampaigns'
import {
  DEFAULT_BUSINESS_HOURS,
  DEFAULT_OPERATORS,
  type KinboxBusinessHoursRecord,
  type KinboxOperatorRecord
} from './kinboxData'
import { checkPlaceholders, downloadLeadsFile, type LeadsTable } from './leadsFile'
import { createOpenApiValidator, loadOpenApi, type OpenApiParameter } from './openapi'
import { createRateLimiter, type RateLimit } from './rateLimiter'

/**
 * A fake Kinbox (`kinbox.openapi.json` + providers.md). Kinbox documents neither its errors
 * nor its rate limits; the fake answers in the NestJS shape its API is built on
 * (`{ statusCode, message, error }`), which is our guess, not a vendor fact.
 */

export const FAKE_KINBOX_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ3b3Jrc3BhY2UiOiJmYWtlIn0.ZmFrZS1zaWc'

export type {
  KinboxStoredCampaign,
  KinboxLead,
  KinboxLeadStatus,
  AdvanceKinbox
} from './kinboxCampaigns'
export { KINBOX_LEAD_STATUSES, DEFAULT_LEAD_OUTCOMES } from './kinboxCampaigns'

export interface FakeKinboxOptions {
  tokens?: string[]
  businessHours?: KinboxBusinessHoursRecord[]
  operators?: KinboxOperatorRecord[]
  campaigns?: KinboxStoredCampaign[]
  now?: () => number
  /** Failures armed from the start (the same rules `POST /__fake/faults` takes). */
  faults?: FaultRule[]
  /**
   * `check` (default): a `leadType: "file"` campaign's `leadsAssetUrl` is downloaded and its
   * layout checked, or the creation is refused. `ignore`: the URL is stored unread.
   */
  leadsFiles?: 'check' | 'ignore'
  /** Status of lead i when its chunk is sent (default: DEFAULT_LEAD_OUTCOMES in turn). */
  leadOutcome?: LeadOutcomeFor
  /** Undocumented for Kinbox, so off by default; per token when on. */
  rateLimit?: RateLimit | false
  port?: number
}

export interface FakeKinbox extends FakeServer {
  campaigns: Map<string, KinboxStoredCampaign>
  /** Each campaign's leads as read from its file, as `chunk-leads` returns them. */
  leads: Map<string, KinboxLead[]>
  businessHours: KinboxBusinessHoursRecord[]
  operators: KinboxOperatorRecord[]
  /** Sends the next chunk(s) and/or sets a status; throws on an unknown id or a paused campaign. */
  advance(id: string, step?: AdvanceKinbox): KinboxStoredCampaign
}

const STATUSES: readonly string[] = KINBOX_CAMPAIGN_STATUSES

/** `GET /v3/campaigns` query parameters: in providers.md, absent from the OpenAPI file. */
const LIST_QUERY: OpenApiParameter[] = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
  { name: 'name', in: 'query', schema: { type: 'string' } },
  { name: 'channelId', in: 'query', schema: { type: 'string' } },
  { name: 'status', in: 'query', schema: { type: 'string', enum: STATUSES } }
]

const HTTP_ERRORS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented'
}

const AdvanceBody = z.object({
  id: z.string(),
  chunks: z.number().int().nonnegative().optional(),
  to: z.enum(KINBOX_CAMPAIGN_STATUSES).optional(),
  outcomes: z.array(z.enum(KINBOX_LEAD_STATUSES)).min(1).optional()
})

export async function startFakeKinbox(options: FakeKinboxOptions = {}): Promise<FakeKinbox> {
  const tokens = new Set(options.tokens ?? [FAKE_KINBOX_TOKEN])
  const now = options.now ?? Date.now
  const businessHours = structuredClone(options.businessHours ?? DEFAULT_BUSINESS_HOURS)
  const operators = structuredClone(options.operators ?? DEFAULT_OPERATORS)
  const store = createKinboxCampaigns(now, options.leadOutcome)
  for (const campaign of options.campaigns ?? []) store.campaigns.set(campaign.id, campaign)
  const limiter = createRateLimiter(options.rateLimit ?? false, now)
  const validator = createOpenApiValidator(loadOpenApi('kinbox'), {
    extraQuery: { 'GET /v3/campaigns': LIST_QUERY },
    precompile: ['POST /v3/campaigns', 'POST /v1/campaigns', 'GET /v3/campaigns/{id}']
  })

  async function handle(request: FakeRequest): Promise<FakeResponse> {
    const validation = validator.validate({
      method: request.method,
      path: request.path,
      query: request.searchParams,
      authorization: request.headers['authorization'],
      body: request.body,
      ...(request.bodyError && { bodyError: request.bodyError })
    })
    if (validation.kind !== 'matched') {
      return error(404, `Cannot ${request.method} ${request.path}`)
    }
    // Guards run before validation pipes: a bad token wins over a bad body.
    const token = /^Bearer (.+)$/.exec(request.headers['authorization'] ?? '')?.[1]
    if (token === undefined || !tokens.has(token)) return error(401, 'Unauthorized')
    const decision = limiter.count(token)
    if (!decision.allowed) {
      return { ...error(429, 'ThrottlerException: Too Many Requests'), headers: decision.headers }
    }
    if (validation.issues.length > 0) {
      return error(
        400,
        validation.issues.map((i) => `${i.where}: ${i.message}`)
      )
    }
    const { method, template, params } = validation.operation
    const response = await route(`${method} ${template}`, params['id'] ?? '', request)
    return { ...response, headers: { ...decision.headers, ...response.headers } }
  }

  async function route(key: string, id: string, request: FakeRequest): Promise<FakeResponse> {
    const version = key.includes('/v1/') ? 'v1' : 'v3'
    switch (key.replace('/v1/', '/v3/')) {
      case 'GET /v3/business-hours':
        return ok({ totalCount: businessHours.length, data: businessHours })
      case 'GET /v3/business-hours/{id}':
        return found(
          businessHours.find((b) => String(b.id) === id),
          'Business hours not found'
        )
      case 'GET /v3/operators':
        return ok({ totalCount: operators.length, data: operators })
      case 'POST /v3/campaigns':
        return create(request.body as Record<string, unknown>)
      case 'GET /v3/campaigns':
        return version === 'v1' ? listByCursor(request.searchParams) : list(request.searchParams)
      case 'GET /v3/campaigns/{id}':
        return found(store.campaigns.get(id), 'Campaign not found')
      case 'POST /v3/campaigns/{id}/pause':
      case 'POST /v3/campaigns/{id}/resume': {
        if (!store.campaigns.has(id)) return error(404, 'Campaign not found')
        const result = key.endsWith('/pause') ? store.pause(id) : store.resume(id)
        if (typeof result === 'string') return error(400, result)
        // v3 documents 201 for these POSTs, v1 documents 200.
        return { status: version === 'v1' ? 200 : 201, body: result }
      }
      case 'GET /v3/campaigns/{id}/chunk-leads':
        if (!store.campaigns.has(id)) return error(404, 'Campaign not found')
        return ok(store.leads.get(id) ?? [])
      default:
        return error(501, `${key} is not implemented by the fake`)
    }
  }

  async function create(body: Record<string, unknown>): Promise<FakeResponse> {
    let table: LeadsTable | undefined
    if (body['leadType'] === 'file' && (options.leadsFiles ?? 'check') === 'check') {
      const url = body['leadsAssetUrl']
      if (typeof url !== 'string')
        return error(400, 'leadsAssetUrl is required when leadType is "file"')
      const file = await downloadLeadsFile(url)
      if (!file.ok) return error(400, file.message)
      const unknown = [body['message'], body['textRaw']]
        .map((text) =>
          typeof text === 'string' ? checkPlaceholders(text, file.table.headers) : undefined
        )
        .find((problem) => problem !== undefined)
      if (unknown) return error(400, unknown)
      table = file.table
    }
    return { status: 201, body: store.create(body, table) }
  }

  function filtered(query: URLSearchParams): KinboxStoredCampaign[] {
    // Matching rules are unknown; the fake is loose (case-insensitive substring) on purpose
    // so that a client relying on an exact server-side match is caught.
    const name = query.get('name')?.toLowerCase()
    const channelId = query.get('channelId')
    const status = query.get('status')
    return [...store.campaigns.values()]
      .reverse()
      .filter((c) => name === undefined || c.name.toLowerCase().includes(name))
      .filter((c) => channelId === null || c['channelId'] === channelId)
      .filter((c) => status === null || c.status === status)
  }

  function list(query: URLSearchParams): FakeResponse {
    const limit = Number(query.get('limit') ?? 20)
    const offset = Number(query.get('offset') ?? 0)
    const all = filtered(query)
    return ok({ totalCount: all.length, data: all.slice(offset, offset + limit) })
  }

  /** `GET /v1/campaigns?limit(1..100)&cursor`: cursor = id of the last item of the previous page. */
  function listByCursor(query: URLSearchParams): FakeResponse {
    const limit = Number(query.get('limit') ?? 10)
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return error(400, 'limit must be an integer from 1 to 100')
    }
    const all = filtered(new URLSearchParams())
    const cursor = query.get('cursor')
    const start = cursor === null ? 0 : all.findIndex((c) => c.id === cursor) + 1
    if (cursor !== null && start === 0) return error(400, 'cursor does not name a campaign')
    const data = all.slice(start, start + limit)
    const more = start + limit < all.length
    return ok({ data, nextCursor: more ? (data.at(-1)?.id ?? null) : null })
  }

  const server = await startFakeServer(
    {
      handle,
      errorBody,
      unauthorizedText: 'Unauthorized',
      now,
      control: {
        advance: (body) => {
          const { id, ...step } = AdvanceBody.parse(body)
          if (!store.campaigns.has(id)) return error(404, 'Campaign not found')
          return ok(store.advance(id, step))
        }
      },
      state: () => ({
        campaigns: [...store.campaigns.values()],
        leads: Object.fromEntries(store.leads)
      }),
      reset: () => {
        store.reset()
        limiter.reset()
      }
    },
    {
      ...(options.faults && { faults: options.faults }),
      ...(options.port && { port: options.port })
    }
  )
  return Object.assign(server, {
    campaigns: store.campaigns,
    leads: store.leads,
    businessHours,
    operators,
    advance: store.advance
  })
}

function ok(body: unknown): FakeResponse {
  return { status: 200, body }
}

function found(item: unknown, message: string): FakeResponse {
  return item === undefined ? error(404, message) : ok(item)
}

function errorBody(status: number, message: string | string[]): unknown {
  return { statusCode: status, message, error: HTTP_ERRORS[status] ?? 'Error' }
}

function error(status: number, message: string | string[]): FakeResponse {
  return { status, body: errorBody(status, message) }
}
