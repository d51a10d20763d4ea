import { KINBOX_CAMPAIGN_STATUSES } from '../../shared/providers/kinbox/schemas'
import { randomBytes } from 'node:crypto'
import { startFakeServer, type FakeRequest, type FakeResponse, type FakeServer } from './fakeHttp'
import { DEFAULT_BUSINESS_HOURS, type KinboxBusinessHoursRecord } from './kinboxData'
import { createOpenApiValidator, loadOpenApi, type OpenApiParameter } from './openapi'

/**
 * A fake Kinbox (`kinbox.openapi.json` + providers.md). Kinbox documents neither its errors
 * nor its rate limits; the fake answers in the NestJS shape its API is built on
 * (`{ statusCode, message, error }`), which is our guess, not a vendor fact.
 */

export const FAKE_KINBOX_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ3b3Jrc3BhY2UiOiJmYWtlIn0.ZmFrZS1zaWc'

export type KinboxStoredCampaign = Record<string, unknown> & {
  id: string
  _id: string
  name: string
  status: string
}

export interface FakeKinboxOptions {
  tokens?: string[]
  businessHours?: KinboxBusinessHoursRecord[]
  campaigns?: KinboxStoredCampaign[]
  now?: () => number
}

export interface FakeKinbox extends FakeServer {
  campaigns: Map<string, KinboxStoredCampaign>
  businessHours: KinboxBusinessHoursRecord[]
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

export async function startFakeKinbox(options: FakeKinboxOptions = {}): Promise<FakeKinbox> {
  const tokens = new Set(options.tokens ?? [FAKE_KINBOX_TOKEN])
  const now = options.now ?? Date.now
  const businessHours = structuredClone(options.businessHours ?? DEFAULT_BUSINESS_HOURS)
  const campaigns = new Map((options.campaigns ?? []).map((c) => [c.id, c]))
  const validator = createOpenApiValidator(loadOpenApi('kinbox'), {
    extraQuery: { 'GET /v3/campaigns': LIST_QUERY },
    precompile: ['POST /v3/campaigns', 'POST /v1/campaigns', 'GET /v3/campaigns/{id}']
  })

  function handle(request: FakeRequest): FakeResponse {
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
    if (validation.issues.length > 0) {
      return error(
        400,
        validation.issues.map((i) => `${i.where}: ${i.message}`)
      )
    }
    const { method, template, params } = validation.operation
    const route = `${method} ${template}`
    if (route === 'GET /v3/business-hours') {
      return { status: 200, body: { totalCount: businessHours.length, data: businessHours } }
    }
    if (route === 'POST /v3/campaigns' || route === 'POST /v1/campaigns') {
      return create(request.body as Record<string, unknown>)
    }
    if (route === 'GET /v3/campaigns') return list(request.searchParams)
    if (route === 'GET /v3/campaigns/{id}') return get(params['id'] ?? '')
    return error(501, `${route} is not implemented by the fake`)
  }

  function create(body: Record<string, unknown>): FakeResponse {
    const id = randomBytes(12).toString('hex')
    const scheduledTo = typeof body['scheduledTo'] === 'string' ? body['scheduledTo'] : undefined
    const future = scheduledTo !== undefined && Date.parse(scheduledTo) > now()
    const campaign: KinboxStoredCampaign = {
      active: true,
      ...body,
      id,
      _id: id,
      name: String(body['name']),
      status: future ? 'scheduled' : 'processing',
      createdAt: new Date(now()).toISOString()
    }
    campaigns.set(id, campaign)
    return { status: 201, body: campaign }
  }

  function list(query: URLSearchParams): FakeResponse {
    const limit = Number(query.get('limit') ?? 20)
    const offset = Number(query.get('offset') ?? 0)
    // Matching rules are unknown; the fake is loose (case-insensitive substring) on purpose
    // so that a client relying on an exact server-side match is caught.
    const name = query.get('name')?.toLowerCase()
    const channelId = query.get('channelId')
    const status = query.get('status')
    const all = [...campaigns.values()]
      .reverse()
      .filter((c) => name === undefined || c.name.toLowerCase().includes(name))
      .filter((c) => channelId === null || c['channelId'] === channelId)
      .filter((c) => status === null || c.status === status)
    return {
      status: 200,
      body: { totalCount: all.length, data: all.slice(offset, offset + limit) }
    }
  }

  function get(id: string): FakeResponse {
    const campaign = campaigns.get(id)
    return campaign ? { status: 200, body: campaign } : error(404, 'Campaign not found')
  }

  const server = await startFakeServer({ handle, errorBody, unauthorizedText: 'Unauthorized', now })
  return Object.assign(server, { campaigns, businessHours })
}

function errorBody(status: number, message: string | string[]): unknown {
  return { statusCode: status, message, error: HTTP_ERRORS[status] ?? 'Error' }
}

function error(status: number, message: string | string[]): FakeResponse {
  return { status, body: errorBody(status, message) }
}
