import { z } from 'zod'
import {
  KinboxBusinessHoursList,
  KinboxCampaign,
  KinboxCampaignList,
  KinboxCreateCampaign,
  toBusinessHoursSet,
  type KinboxBusinessHoursSet,
  type KinboxCampaignStatus
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

export interface KinboxClient {
  listBusinessHours(): Promise<KinboxBusinessHoursSet[]>
  /** Not retried on a dropped response or a 5xx: look the campaign up by name instead. */
  createCampaign(body: KinboxCreateCampaign): Promise<KinboxCampaign>
  listCampaigns(query?: KinboxCampaignQuery): Promise<KinboxCampaignList>
  getCampaign(id: string): Promise<KinboxCampaign>
  /** Campaigns named exactly `name` (see decisions.ts); `complete` false if the scan stopped early. */
  findCampaignsByName(name: string): Promise<CampaignSearch<KinboxCampaign>>
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

  return { listBusinessHours, createCampaign, listCampaigns, getCampaign, findCampaignsByName }
}
