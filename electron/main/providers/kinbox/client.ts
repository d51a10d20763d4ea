import { z } from 'zod'
import {
  KinboxBusinessHoursList,
  KinboxCampaign,
  KinboxCampaignList,
  KinboxChunkLeads,
  KinboxCreateCampaign,
  KinboxOperatorList,
  toBusinessHoursSet,
  type KinboxBusinessHoursSet,
  type KinboxChunkLead,
  type KinboxCampaignStatus,
  type KinboxOperator
} from '../../../../shared/providers/kinbox/schemas'
import { resolveBaseUrl } from '../baseUrl'
import type { CampaignSearch } from '../campaignSearch'
import { createHttpClient, type HttpClientOptions } from '../http'
import { invalidBody, requireToken } from '../tokens'
import {
  CREATE_CAMPAIGN_PATH,
  FIND_MAX_PAGES,
  LIST_PAGE_LIMIT,
  campaignNameMatches
} from './decisions'

export interface KinboxClientOptions extends Omit<HttpClientOptions, 'provider' | 'baseUrl'> {
  /** Defaults to `LEADPREP_KINBOX_URL`, then the production URL. */
  baseUrl?: string
  getToken: () => Promise<string | null>
}

export interface KinboxCampaignQuery {
  limit?: number
  offset?: number
  name?: string
  channelId?: string
  status?: KinboxCampaignStatus
}

/** An operator as the Settings picker shows it; `name` is what `operatorName` takes. */
export interface KinboxOperatorChoice {
  id: string
  name: string
  email: string | null
}

/**
 * [?] The campaign body takes `operatorName`, the API documents only ids: the name is the
 * operator's `name`, else its e-mail, else its id. This one function is where to change it.
 */
export function operatorChoice(operator: KinboxOperator): KinboxOperatorChoice {
  const id = operator.id ?? operator._id ?? ''
  const email = operator.email?.trim() || null
  return { id, name: operator.name?.trim() || email || id, email }
}

export interface KinboxClient {
  listBusinessHours(): Promise<KinboxBusinessHoursSet[]>
  listOperators(): Promise<KinboxOperatorChoice[]>
  /** Not retried on a dropped response or a 5xx: look the campaign up by name instead. */
  createCampaign(body: KinboxCreateCampaign): Promise<KinboxCampaign>
  listCampaigns(query?: KinboxCampaignQuery): Promise<KinboxCampaignList>
  getCampaign(id: string): Promise<KinboxCampaign>
  /** Campaigns named exactly `name` (see decisions.ts); `complete` false if the scan stopped early. */
  findCampaignsByName(name: string): Promise<CampaignSearch<KinboxCampaign>>
  /** `POST /v3/campaigns/{id}/pause`; read the campaign back for its new status. */
  pauseCampaign(id: string): Promise<void>
  /** `POST /v3/campaigns/{id}/resume`; read the campaign back for its new status. */
  resumeCampaign(id: string): Promise<void>
  /** `GET /v3/campaigns/{id}/chunk-leads`: every lead with its status. */
  listChunkLeads(id: string): Promise<KinboxChunkLead[]>
}

export function createKinboxClient(options: KinboxClientOptions): KinboxClient {
  const { getToken, baseUrl, ...httpOptions } = options
  const http = createHttpClient({
    ...httpOptions,
    provider: 'kinbox',
    baseUrl: resolveBaseUrl('kinbox', baseUrl)
  })
  const token = () => requireToken('kinbox', getToken)

  async function listBusinessHours(): Promise<KinboxBusinessHoursSet[]> {
    const list = await http.request({
      method: 'GET',
      path: '/v3/business-hours',
      token: await token(),
      parse: (json) => KinboxBusinessHoursList.parse(json)
    })
    return list.data.map(toBusinessHoursSet)
  }

  async function listOperators(): Promise<KinboxOperatorChoice[]> {
    const list = await http.request({
      method: 'GET',
      path: '/v3/operators',
      token: await token(),
      parse: (json) => KinboxOperatorList.parse(json)
    })
    return list.data.map(operatorChoice)
  }

  async function createCampaign(body: KinboxCreateCampaign): Promise<KinboxCampaign> {
    const checked = KinboxCreateCampaign.safeParse(body)
    if (!checked.success) throw invalidBody('kinbox', z.prettifyError(checked.error))
    return http.request({
      method: 'POST',
      path: CREATE_CAMPAIGN_PATH,
      body: checked.data,
      token: await token(),
      parse: (json) => KinboxCampaign.parse(json)
    })
  }

  async function listCampaigns(query: KinboxCampaignQuery = {}): Promise<KinboxCampaignList> {
    return http.request({
      method: 'GET',
      path: '/v3/campaigns',
      query: { limit: LIST_PAGE_LIMIT, ...query },
      token: await token(),
      parse: (json) => KinboxCampaignList.parse(json)
    })
  }

  async function getCampaign(id: string): Promise<KinboxCampaign> {
    return http.request({
      method: 'GET',
      path: `/v3/campaigns/${encodeURIComponent(id)}`,
      token: await token(),
      parse: (json) => KinboxCampaign.parse(json)
    })
  }

  async function findCampaignsByName(name: string): Promise<CampaignSearch<KinboxCampaign>> {
    const matches: KinboxCampaign[] = []
    for (let page = 0; page < FIND_MAX_PAGES; page++) {
      const offset = page * LIST_PAGE_LIMIT
      const { data, totalCount } = await listCampaigns({ name, offset, limit: LIST_PAGE_LIMIT })
      matches.push(...data.filter((campaign) => campaignNameMatches(campaign.name, name)))
      if (data.length < LIST_PAGE_LIMIT || offset + data.length >= totalCount) {
        return { matches, complete: true }
      }
    }
    return { matches, complete: false }
  }

  /** Pausing twice leaves it paused: safe to retry, the caller reads the status back anyway. */
  async function campaignAction(id: string, action: 'pause' | 'resume'): Promise<void> {
    await http.request({
      method: 'POST',
      path: `/v3/campaigns/${encodeURIComponent(id)}/${action}`,
      token: await token(),
      idempotent: true,
      parse: () => undefined
    })
  }

  async function listChunkLeads(id: string): Promise<KinboxChunkLead[]> {
    return http.request({
      method: 'GET',
      path: `/v3/campaigns/${encodeURIComponent(id)}/chunk-leads`,
      token: await token(),
      parse: (json) => KinboxChunkLeads.parse(json)
    })
  }

  return {
    pauseCampaign: (id) => campaignAction(id, 'pause'),
    resumeCampaign: (id) => campaignAction(id, 'resume'),
    listChunkLeads,
    listBusinessHours,
    listOperators,
    createCampaign,
    listCampaigns,
    getCampaign,
    findCampaignsByName
  }
}
