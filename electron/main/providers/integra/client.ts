import { z } from 'zod'
import {
  INTEGRA_MAX_PAGE_LIMIT,
  IntegraCampaignDetails,
  IntegraCampaignList,
  IntegraCallList,
  IntegraCreateCampaign,
  IntegraCreatedCampaign,
  type IntegraCampaignSummary
} from '../../../../shared/providers/integra/schemas'
import { resolveBaseUrl } from '../baseUrl'
import type { CampaignSearch } from '../campaignSearch'
import { createHttpClient, type HttpClientOptions } from '../http'
import { invalidBody, requireToken } from '../tokens'
import { FIND_MAX_PAGES, LIST_PAGE_LIMIT, campaignNameMatches } from './decisions'

export interface IntegraClientOptions extends Omit<HttpClientOptions, 'provider' | 'baseUrl'> {
  /** Defaults to `LEADPREP_INTEGRA_URL`, then the production URL. */
  baseUrl?: string
  getToken: () => Promise<string | null>
}

export interface IntegraListQuery {
  page?: number
  /** At most 100. */
  limit?: number
  status?: string
}

export interface IntegraCallQuery {
  page?: number
  /** At most 100. */
  limit?: number
  status?: string
  direction?: 'INBOUND' | 'OUTBOUND'
  /** ISO 8601. */
  from?: string
  to?: string
}

export interface IntegraClient {
  /** Not retried on a dropped response or a 5xx: look the campaign up by name instead. */
  createCampaign(body: IntegraCreateCampaign): Promise<IntegraCreatedCampaign>
  listCampaigns(query?: IntegraListQuery): Promise<IntegraCampaignList>
  getCampaign(id: string): Promise<IntegraCampaignDetails>
  /** Campaigns named exactly `name`; the API has no name filter, so this pages. */
  findCampaignsByName(
    name: string,
    query?: { status?: string }
  ): Promise<CampaignSearch<IntegraCampaignSummary>>
  /** One page of `GET /api/v1/calls` (no campaign filter exists: callers filter). */
  listCalls(query?: IntegraCallQuery): Promise<IntegraCallList>
}

export function createIntegraClient(options: IntegraClientOptions): IntegraClient {
  const { getToken, baseUrl, ...httpOptions } = options
  const http = createHttpClient({
    ...httpOptions,
    provider: 'integra',
    baseUrl: resolveBaseUrl('integra', baseUrl)
  })
  const token = () => requireToken('integra', getToken)

  async function createCampaign(body: IntegraCreateCampaign): Promise<IntegraCreatedCampaign> {
    const checked = IntegraCreateCampaign.safeParse(body)
    if (!checked.success) throw invalidBody('integra', z.prettifyError(checked.error))
    return http.request({
      method: 'POST',
      path: '/api/v1/campaigns',
      body: checked.data,
      token: await token(),
      parse: (json) => IntegraCreatedCampaign.parse(json)
    })
  }

  async function listCampaigns(query: IntegraListQuery = {}): Promise<IntegraCampaignList> {
    const limit = Math.min(query.limit ?? LIST_PAGE_LIMIT, INTEGRA_MAX_PAGE_LIMIT)
    return http.request({
      method: 'GET',
      path: '/api/v1/campaigns',
      query: { page: query.page ?? 1, limit, status: query.status },
      token: await token(),
      parse: (json) => IntegraCampaignList.parse(json)
    })
  }

  async function getCampaign(id: string): Promise<IntegraCampaignDetails> {
    return http.request({
      method: 'GET',
      path: `/api/v1/campaigns/${encodeURIComponent(id)}`,
      token: await token(),
      parse: (json) => IntegraCampaignDetails.parse(json)
    })
  }

  async function findCampaignsByName(
    name: string,
    query: { status?: string } = {}
  ): Promise<CampaignSearch<IntegraCampaignSummary>> {
    const matches: IntegraCampaignSummary[] = []
    for (let page = 1; page <= FIND_MAX_PAGES; page++) {
      const { campaigns, pagination } = await listCampaigns({
        ...query,
        page,
        limit: LIST_PAGE_LIMIT
      })
      matches.push(...campaigns.filter((campaign) => campaignNameMatches(campaign.name, name)))
      const seen = (page - 1) * pagination.limit + campaigns.length
      if (campaigns.length === 0 || seen >= pagination.total) return { matches, complete: true }
    }
    return { matches, complete: false }
  }

  async function listCalls(query: IntegraCallQuery = {}): Promise<IntegraCallList> {
    const limit = Math.min(query.limit ?? INTEGRA_MAX_PAGE_LIMIT, INTEGRA_MAX_PAGE_LIMIT)
    return http.request({
      method: 'GET',
      path: '/api/v1/calls',
      query: { ...query, page: query.page ?? 1, limit },
      token: await token(),
      parse: (json) => IntegraCallList.parse(json)
    })
  }

  return { createCampaign, listCampaigns, getCampaign, findCampaignsByName, listCalls }
}
