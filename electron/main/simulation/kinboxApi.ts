import { z } from 'zod'
import {
  KINBOX_CAMPAIGN_STATUSES,
  KINBOX_MAX_PAGE_LIMIT,
  KinboxCreateCampaign
} from '../../../shared/providers/kinbox/schemas'
import { SIMULATED_TOKENS } from './identity'
import type { SimulatedKinboxCampaigns } from './kinboxCampaigns'
import { readSimulatedLeads, unknownPlaceholder, type SimulatedLeadsTable } from './leadsTable'
import type { SimulatedFiles } from './leadsFiles'
import type { SimulatedAnswer, SimulatedProvider, SimulatedRequest } from './simulatedFetch'

/**
 * The simulated Kinbox's HTTP face: the endpoints the app's Kinbox client uses, bodies checked
 * with the app's own schemas, errors in the NestJS shape the test fake answers with
 * (`{ statusCode, message, error }`, our guess: Kinbox documents none).
 */

const ERROR_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found'
}

function error(status: number, message: string | string[]): SimulatedAnswer {
  return { status, body: { statusCode: status, message, error: ERROR_NAMES[status] ?? 'Error' } }
}

const ok = (body: unknown, status = 200): SimulatedAnswer => ({ status, body })

const BUSINESS_HOURS = {
  totalCount: 1,
  data: [
    {
      id: 'horario-comercial-simulado',
      ...Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [
          day,
          { active: true, hours: [['08:00', '18:00']] }
        ])
      ),
      sat: { active: true, hours: [['08:00', '12:00']] },
      sun: { active: false, hours: [] }
    }
  ]
}

const OPERATORS = {
  totalCount: 2,
  data: [
    { id: 'operador-simulado-1', name: 'Ana (simulação)', email: 'ana@simulacao.invalid' },
    { id: 'operador-simulado-2', name: 'Bruno (simulação)', email: 'bruno@simulacao.invalid' }
  ]
}

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(KINBOX_MAX_PAGE_LIMIT).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  name: z.string().optional(),
  channelId: z.string().optional(),
  status: z.enum(KINBOX_CAMPAIGN_STATUSES).optional()
})

const CAMPAIGN = /^\/v[13]\/campaigns\/([^/]+)$/
const CAMPAIGN_ACTION = /^\/v[13]\/campaigns\/([^/]+)\/(pause|resume|chunk-leads)$/

export function createSimulatedKinboxApi(
  campaigns: SimulatedKinboxCampaigns,
  files: SimulatedFiles
): SimulatedProvider {
  async function create(request: SimulatedRequest): Promise<SimulatedAnswer> {
    if (request.bodyError) return error(400, request.bodyError)
    const parsed = KinboxCreateCampaign.safeParse(request.body)
    if (!parsed.success) {
      return error(
        400,
        parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      )
    }
    const body = parsed.data
    let leads: SimulatedLeadsTable['rows'] = []
    if (body.leadType === 'file') {
      if (body.leadsAssetUrl === undefined) {
        return error(400, 'leadsAssetUrl is required when leadType is "file"')
      }
      const bytes = await files.read(body.leadsAssetUrl)
      if (bytes === null) return error(400, 'could not download leadsAssetUrl: HTTP 404')
      const read = readSimulatedLeads(bytes)
      if (!read.ok) return error(400, read.message)
      const problem = [body.message, body.textRaw]
        .map((text) =>
          text === undefined ? undefined : unknownPlaceholder(text, read.table.headers)
        )
        .find((found) => found !== undefined)
      if (problem !== undefined) return error(400, problem)
      leads = read.table.rows
    }
    return ok(campaigns.create(body, leads), 201)
  }

  function list(query: URLSearchParams): SimulatedAnswer {
    const parsed = ListQuery.safeParse(Object.fromEntries(query))
    if (!parsed.success)
      return error(
        400,
        parsed.error.issues.map((issue) => issue.message)
      )
    const { limit, offset, name, channelId, status } = parsed.data
    // Loose like the fake (case-insensitive substring): the client keeps exact matches.
    const all = campaigns
      .list()
      .filter((c) => name === undefined || c.name.toLowerCase().includes(name.toLowerCase()))
      .filter((c) => channelId === undefined || c['channelId'] === channelId)
      .filter((c) => status === undefined || c.status === status)
    return ok({ totalCount: all.length, data: all.slice(offset, offset + limit) })
  }

  function route(request: SimulatedRequest): SimulatedAnswer | Promise<SimulatedAnswer> {
    const { method, path } = request
    if (method === 'GET' && path === '/v3/business-hours') return ok(BUSINESS_HOURS)
    if (method === 'GET' && path === '/v3/operators') return ok(OPERATORS)
    if (path === '/v3/campaigns' || path === '/v1/campaigns') {
      if (method === 'POST') return create(request)
      if (method === 'GET' && path === '/v3/campaigns') return list(request.query)
    }
    const single = CAMPAIGN.exec(path)
    if (method === 'GET' && single) {
      const found = campaigns.get(decodeURIComponent(single[1] ?? ''))
      return found ? ok(found) : error(404, 'Campaign not found')
    }
    const action = CAMPAIGN_ACTION.exec(path)
    if (action) {
      const id = decodeURIComponent(action[1] ?? '')
      const what = action[2]
      if (what === 'chunk-leads' && method === 'GET') {
        const leads = campaigns.leads(id)
        return leads ? ok(leads) : error(404, 'Campaign not found')
      }
      if (what !== 'chunk-leads' && method === 'POST') {
        const result = what === 'pause' ? campaigns.pause(id) : campaigns.resume(id)
        if (result === undefined) return error(404, 'Campaign not found')
        return typeof result === 'string' ? error(400, result) : ok(result, 201)
      }
    }
    return error(404, `Cannot ${method} ${path}`)
  }

  return (request) => {
    if (request.authorization !== `Bearer ${SIMULATED_TOKENS.kinbox}`) {
      return error(401, 'Unauthorized')
    }
    return route(request)
  }
}
