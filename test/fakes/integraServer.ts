import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import {
  pageOf,
  startFakeServer,
  type FakeRequest,
  type FakeResponse,
  type FakeServer,
  type FaultRule
} from './fakeHttp'
import {
  INTEGRA_CALL_OUTCOMES,
  INTEGRA_CAMPAIGN_FLOW,
  calledCount,
  cycleOutcomes,
  defaultOutcome,
  makeCall,
  nextStatus,
  type IntegraCall,
  type IntegraCallOutcome,
  type IntegraCampaignStatus,
  type IntegraStoredRecipient,
  type OutcomeFor
} from './integraCalls'
import { createOpenApiValidator, loadOpenApi } from './openapi'
import { createRateLimiter, type RateLimit } from './rateLimiter'

/**
 * A fake Integra (`integra.openapi.json` + providers.md): its three 401 texts, its
 * `{ error }` body, 60 requests/minute per key, every request checked against the OpenAPI,
 * campaigns kept with their recipients, and calls generated as tests advance a campaign.
 */

export const FAKE_INTEGRA_TOKEN = `ik_live_${'0123456789abcdef'.repeat(4)}`

export type { IntegraCall, IntegraCallOutcome, IntegraCampaignStatus } from './integraCalls'
export { INTEGRA_CALL_OUTCOMES, INTEGRA_CALL_STATUS, DEFAULT_OUTCOMES } from './integraCalls'

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
  recipients: IntegraStoredRecipient[]
}

export interface FakeIntegraOptions {
  /** Keys that are valid (default: FAKE_INTEGRA_TOKEN). */
  tokens?: string[]
  /** Per key; false turns it off. Default 60 per 60 s, as documented. */
  rateLimit?: RateLimit | false
  now?: () => number
  campaigns?: IntegraStoredCampaign[]
  /** Failures armed from the start (the same rules `POST /__fake/faults` takes). */
  faults?: FaultRule[]
  /** Outcome of recipient i's call (default: DEFAULT_OUTCOMES in turn). */
  callOutcome?: OutcomeFor
  port?: number
}

export interface AdvanceIntegra {
  /** Default: the next status of PENDING → RUNNING → COMPLETED. */
  to?: IntegraCampaignStatus
  /** Outcomes for the calls made by this step, used in turn. */
  outcomes?: IntegraCallOutcome[]
}

export interface FakeIntegra extends FakeServer {
  campaigns: Map<string, IntegraStoredCampaign>
  /** Every call, in the order made. */
  calls: Map<string, IntegraCall>
  /**
   * Moves a campaign on: RUNNING calls the first half of its recipients, COMPLETED all.
   * Throws on an unknown id or a step backwards.
   */
  advance(id: string, step?: AdvanceIntegra): IntegraStoredCampaign
}

const KEY_FORMAT = /^Bearer (ik_live_[0-9a-f]{64})$/

const AdvanceBody = z.object({
  id: z.string(),
  to: z.enum(INTEGRA_CAMPAIGN_FLOW).optional(),
  outcomes: z.array(z.enum(INTEGRA_CALL_OUTCOMES)).min(1).optional()
})

export async function startFakeIntegra(options: FakeIntegraOptions = {}): Promise<FakeIntegra> {
  const tokens = new Set(options.tokens ?? [FAKE_INTEGRA_TOKEN])
  const now = options.now ?? Date.now
  const limiter = createRateLimiter(options.rateLimit ?? { limit: 60, windowMs: 60_000 }, now)
  const campaigns = new Map((options.campaigns ?? []).map((c) => [c.id, c]))
  const calls = new Map<string, IntegraCall>()
  const validator = createOpenApiValidator(loadOpenApi('integra'), {
    precompile: ['POST /api/v1/campaigns', 'GET /api/v1/campaigns', 'GET /api/v1/campaigns/{id}']
  })

  function handle(request: FakeRequest): FakeResponse {
    const key = authenticate(request.headers['authorization'])
    if (typeof key !== 'string') return key
    const decision = limiter.count(key)
    if (!decision.allowed)
      return { ...error(429, 'Rate limit exceeded'), headers: decision.headers }
    return withHeaders(route(request), decision.headers)
  }

  function authenticate(header: string | undefined): string | FakeResponse {
    if (header === undefined) return error(401, 'Missing Authorization header')
    const key = KEY_FORMAT.exec(header)?.[1]
    if (key === undefined) return error(401, 'Invalid API key format')
    return tokens.has(key) ? key : error(401, 'Invalid or revoked API key')
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
    const id = params['id'] ?? ''
    switch (`${method} ${template}`) {
      case 'POST /api/v1/campaigns':
        return create(request.body)
      case 'GET /api/v1/campaigns':
        return list(request.searchParams)
      case 'GET /api/v1/campaigns/{id}':
        return details(id)
      case 'GET /api/v1/calls':
        return listCalls(request.searchParams)
      case 'GET /api/v1/calls/{id}': {
        const call = calls.get(id)
        return call ? { status: 200, body: call } : error(404, 'Call not found')
      }
      default:
        return error(501, `${method} ${template} is not implemented by the fake`)
    }
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
    const paging = readPaging(query)
    if ('status' in paging) return paging
    const status = query.get('status')
    // Newest first (insertion order reversed); the real order is unspecified.
    const all = [...campaigns.values()]
      .reverse()
      .filter((c) => status === null || c.status === status)
    return {
      status: 200,
      body: {
        campaigns: pageOf(all, paging.page, paging.limit).map(summary),
        pagination: { ...paging, total: all.length }
      }
    }
  }

  function details(id: string): FakeResponse {
    const campaign = campaigns.get(id)
    if (!campaign) return error(404, 'Campaign not found')
    const byPhone = new Map(
      [...calls.values()].filter((c) => c.campaign_id === id).map((c) => [c.phone_number, c])
    )
    const recipients = campaign.recipients.map((recipient) => ({
      ...recipient,
      status: byPhone.get(recipient.phone_number)?.status ?? 'PENDING'
    }))
    return { status: 200, body: { ...campaign, recipients } }
  }

  function listCalls(query: URLSearchParams): FakeResponse {
    const paging = readPaging(query)
    if ('status' in paging) return paging
    const range = readRange(query)
    if ('status' in range) return range
    const status = query.get('status')
    const direction = query.get('direction')
    const all = [...calls.values()]
      .reverse()
      .filter((c) => status === null || c.status === status)
      .filter((c) => direction === null || c.direction === direction)
      .filter((c) => Date.parse(c.started_at) >= range.from && Date.parse(c.started_at) <= range.to)
    return {
      status: 200,
      body: {
        calls: pageOf(all, paging.page, paging.limit),
        pagination: { ...paging, total: all.length }
      }
    }
  }

  function advance(id: string, step: AdvanceIntegra = {}): IntegraStoredCampaign {
    const campaign = campaigns.get(id)
    if (!campaign) throw new Error(`no Integra campaign ${id}`)
    const to = step.to ?? nextStatus(campaign.status)
    const from = INTEGRA_CAMPAIGN_FLOW.indexOf(campaign.status as IntegraCampaignStatus)
    if (to === undefined || INTEGRA_CAMPAIGN_FLOW.indexOf(to) <= from) {
      throw new Error(`campaign ${id} cannot go from ${campaign.status} to ${to ?? 'beyond'}`)
    }
    const outcome = step.outcomes
      ? cycleOutcomes(step.outcomes)
      : (options.callOutcome ?? defaultOutcome)
    const done = calledCount(campaign.status, campaign.recipients.length)
    const upTo = calledCount(to, campaign.recipients.length)
    campaign.recipients.slice(done, upTo).forEach((recipient, offset) => {
      const index = done + offset
      const call = makeCall(id, recipient, index, outcome(recipient, index), now())
      calls.set(call.id, call)
    })
    campaign.status = to
    return campaign
  }

  const server = await startFakeServer(
    {
      handle,
      errorBody,
      unauthorizedText: 'Invalid or revoked API key',
      now,
      control: {
        advance: (body) => {
          const step = AdvanceBody.parse(body)
          if (!campaigns.has(step.id)) return error(404, 'Campaign not found')
          return { status: 200, body: advance(step.id, step) }
        }
      },
      state: () => ({ campaigns: [...campaigns.values()], calls: [...calls.values()] }),
      reset: () => {
        campaigns.clear()
        calls.clear()
        limiter.reset()
      }
    },
    {
      ...(options.faults && { faults: options.faults }),
      ...(options.port && { port: options.port })
    }
  )
  return Object.assign(server, { campaigns, calls, advance })
}

/** `page` and `limit` are typed as free strings in the OpenAPI; the documented bounds are checked here. */
function readPaging(query: URLSearchParams): { page: number; limit: number } | FakeResponse {
  const page = Number(query.get('page') ?? 1)
  const limit = Number(query.get('limit') ?? 20)
  if (!Number.isInteger(page) || page < 1) return error(400, 'page must be a positive integer')
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return error(400, 'limit must be an integer from 1 to 100')
  }
  return { page, limit }
}

function readRange(query: URLSearchParams): { from: number; to: number } | FakeResponse {
  const bound = (name: 'from' | 'to', fallback: number) => {
    const raw = query.get(name)
    return raw === null ? fallback : Date.parse(raw)
  }
  const from = bound('from', -Infinity)
  const to = bound('to', Infinity)
  if (Number.isNaN(from)) return error(400, 'from must be an ISO 8601 date')
  if (Number.isNaN(to)) return error(400, 'to must be an ISO 8601 date')
  return { from, to }
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
