import { integraCallOutcome, type IntegraCall } from '../../../shared/providers/integra/schemas'
import type { IntegraClient } from '../providers/integra/client'
import type { LeadReading, PartReading } from './kinboxRead'
import { phoneKey } from './planLeads'

/**
 * Integra's calls have no campaign filter (integra.openapi.json): the scan pages through the
 * organization's outbound calls since the launch began and keeps those of this launch's
 * campaigns, once for all of its parts. 100 a page; the client's limiter keeps the pace.
 */
export const CALLS_PAGE_LIMIT = 100
/** 100 pages cover a full 10,000-lead part; past that the scan stops (it is `complete: false`). */
export const CALLS_MAX_PAGES = 100
/** Laptop and server clocks differ: the scan starts a day before the launch did. */
const FROM_MARGIN_MS = 24 * 3600_000

export interface CallScan {
  /** campaign id → phone digits → its latest call. */
  byCampaign: Map<string, Map<string, LeadReading>>
  complete: boolean
}

export async function scanCalls(
  client: IntegraClient,
  campaignIds: readonly string[],
  sinceMs: number
): Promise<CallScan> {
  const wanted = new Set(campaignIds)
  const byCampaign = new Map<string, Map<string, LeadReading & { ms: number }>>()
  const from = new Date(sinceMs - FROM_MARGIN_MS).toISOString()
  for (let page = 1; page <= CALLS_MAX_PAGES; page++) {
    const { calls, pagination } = await client.listCalls({
      page,
      limit: CALLS_PAGE_LIMIT,
      direction: 'OUTBOUND',
      from
    })
    for (const call of calls) keep(byCampaign, wanted, call)
    const seen = (page - 1) * pagination.limit + calls.length
    if (calls.length === 0 || seen >= pagination.total) return { byCampaign, complete: true }
  }
  return { byCampaign, complete: false }
}

function keep(
  byCampaign: Map<string, Map<string, LeadReading & { ms: number }>>,
  wanted: Set<string>,
  call: IntegraCall
): void {
  const campaign = call.campaign_id ?? ''
  if (!wanted.has(campaign) || !call.phone_number) return
  const at = call.started_at ?? call.created_at ?? null
  const ms = at === null ? 0 : Date.parse(at) || 0
  const phones = byCampaign.get(campaign) ?? new Map<string, LeadReading & { ms: number }>()
  byCampaign.set(campaign, phones)
  const key = phoneKey(call.phone_number)
  const before = phones.get(key)
  // A number called twice (a retry) shows its latest call.
  if (before && before.ms > ms) return
  phones.set(key, { result: integraCallOutcome(call), at, ms })
}

export async function readIntegraPart(
  client: IntegraClient,
  id: string,
  recipients: number,
  calls: Map<string, LeadReading> | undefined
): Promise<PartReading> {
  const campaign = await client.getCampaign(id)
  const counts: Record<string, number> = {}
  for (const call of calls?.values() ?? []) {
    const outcome = call.result ?? 'unknown'
    counts[outcome] = (counts[outcome] ?? 0) + 1
  }
  const made = calls?.size ?? 0
  return {
    status: campaign.status ?? null,
    progress: recipients === 0 ? null : Math.min(100, Math.round((made / recipients) * 100)),
    counts,
    calls: made,
    canPause: false,
    canResume: false
  }
}
