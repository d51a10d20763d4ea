import { z } from 'zod'
import {
  INTEGRA_MAX_PAGE_LIMIT,
  IntegraCreateCampaign
} from '../../../shared/providers/integra/schemas'
import { SIMULATED_TOKENS } from './identity'
import type { SimulatedIntegraCampaigns } from './integraCampaigns'
import type { SimulatedAnswer, SimulatedProvider, SimulatedRequest } from './simulatedFetch'

/**
 * The simulated Integra's HTTP face: the endpoints the app's Integra client uses, its three
 * 401 texts and its `{ error }` body (providers.md), bodies checked with the app's own schema.
 */

const error = (status: number, message: string): SimulatedAnswer => ({
  status,
  body: { error: message }
})
const ok = (body: unknown, status = 200): SimulatedAnswer => ({ status, body })

const Paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(INTEGRA_MAX_PAGE_LIMIT).default(20),
  status: z.string().optional()
})
const CallQuery = Paging.extend({
  direction: z.enum(['INBOUND', 'OUTBOUND']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional()
})

const KEY = /^Bearer (ik_live_[0-9a-f]{64})$/
const CAMPAIGN = /^\/api\/v1\/campaigns\/([^/]+)$/
const CALL = /^\/api\/v1\/calls\/([^/]+)$/

function page<T>(all: T[], page: number, limit: number) {
  return all.slice((page - 1) * limit, page * limit)
}

export function createSimulatedIntegraApi(campaigns: SimulatedIntegraCampaigns): SimulatedProvider {
  function create(request: SimulatedRequest): SimulatedAnswer {
    if (request.bodyError) return error(400, request.bodyError)
    const parsed = IntegraCreateCampaign.safeParse(request.body)
    if (!parsed.success) {
      return error(
        400,
        parsed.error.issues
          .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
          .join('; ')
      )
    }
    return ok(campaigns.create(parsed.data), 201)
  }

  function list(query: URLSearchParams): SimulatedAnswer {
    const parsed = Paging.safeParse(Object.fromEntries(query))
    if (!parsed.success) return error(400, 'page and limit must be integers (limit 1 to 100)')
    const { page: at, limit, status } = parsed.data
    const all = campaigns.list().filter((c) => status === undefined || c.status === status)
    return ok({
      campaigns: page(all, at, limit),
      pagination: { page: at, limit, total: all.length }
    })
  }

  function listCalls(query: URLSearchParams): SimulatedAnswer {
    const parsed = CallQuery.safeParse(Object.fromEntries(query))
    if (!parsed.success) return error(400, 'invalid query: page, limit, direction, from, to')
    const { page: at, limit, status, direction, from, to } = parsed.data
    const start = from === undefined ? -Infinity : Date.parse(from)
    const end = to === undefined ? Infinity : Date.parse(to)
    const all = campaigns
      .calls()
      .filter((c) => status === undefined || c.status === status)
      .filter((c) => direction === undefined || c.direction === direction)
      .filter((c) => Date.parse(c.started_at) >= start && Date.parse(c.started_at) <= end)
    return ok({ calls: page(all, at, limit), pagination: { page: at, limit, total: all.length } })
  }

  function route(request: SimulatedRequest): SimulatedAnswer {
    const { method, path } = request
    if (path === '/api/v1/campaigns') {
      if (method === 'POST') return create(request)
      if (method === 'GET') return list(request.query)
      return error(405, 'Method not allowed')
    }
    if (method === 'GET' && path === '/api/v1/calls') return listCalls(request.query)
    const campaign = CAMPAIGN.exec(path)
    if (method === 'GET' && campaign) {
      const found = campaigns.details(decodeURIComponent(campaign[1] ?? ''))
      return found ? ok(found) : error(404, 'Campaign not found')
    }
    const call = CALL.exec(path)
    if (method === 'GET' && call) {
      const id = decodeURIComponent(call[1] ?? '')
      const found = campaigns.calls().find((c) => c.id === id)
      return found ? ok(found) : error(404, 'Call not found')
    }
    return error(404, 'Not found')
  }

  return (request) => {
    if (request.authorization === null) return error(401, 'Missing Authorization header')
    const key = KEY.exec(request.authorization)?.[1]
    if (key === undefined) return error(401, 'Invalid API key format')
    if (key !== SIMULATED_TOKENS.integra) return error(401, 'Invalid or revoked API key')
    return route(request)
  }
}
