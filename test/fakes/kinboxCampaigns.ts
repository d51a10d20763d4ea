import { createHash, randomBytes } from 'node:crypto'
import type { LeadsTable } from './leadsFile'

/**
 * The fake Kinbox's campaigns and their leads: creation, pause/resume, and progress that
 * tests drive chunk by chunk. Field names follow `Campaign`, `CampaignResultCounts` and
 * `ChunkLead` in kinbox.openapi.json; which transitions the real API allows is not
 * documented, so the rules below (pause while waiting or sending, resume only a paused
 * campaign, 400 otherwise) are OUR GUESS. Lead i of a chunk gets DEFAULT_LEAD_OUTCOMES[i % 6].
 */

export const KINBOX_LEAD_STATUSES = [
  'awaiting',
  'sent',
  'received',
  'read',
  'failed',
  'answered',
  'processed'
] as const
export type KinboxLeadStatus = (typeof KINBOX_LEAD_STATUSES)[number]

export const DEFAULT_LEAD_OUTCOMES: readonly KinboxLeadStatus[] = [
  'answered',
  'read',
  'received',
  'sent',
  'read',
  'failed'
]

export const PAUSABLE: readonly string[] = [
  'processing',
  'scheduled',
  'executing',
  'awaiting-chunk',
  'awaiting-business-hours',
  'awaiting-other-campaign'
]
const FINISHED: readonly string[] = ['canceled', 'failed', 'done', 'done-sent']

export type KinboxStoredCampaign = Record<string, unknown> & {
  id: string
  _id: string
  name: string
  status: string
}

/** A `ChunkLead`; `sentAt` is required by the OpenAPI, so an unsent lead has `''`. */
export interface KinboxLead {
  _id: string
  number: string
  placeholders: string[]
  status: KinboxLeadStatus
  sentAt: string
  answered: boolean
}

export interface AdvanceKinbox {
  /** Chunks to send now (default 1 unless only `to` is given). */
  chunks?: number
  /** Status to set afterwards (any documented status). */
  to?: string
  /** Outcomes for the leads sent by this step, used in turn. */
  outcomes?: KinboxLeadStatus[]
}

export type LeadOutcomeFor = (index: number) => KinboxLeadStatus

export function createKinboxCampaigns(now: () => number, leadOutcome?: LeadOutcomeFor) {
  const campaigns = new Map<string, KinboxStoredCampaign>()
  const leads = new Map<string, KinboxLead[]>()
  const beforePause = new Map<string, string>()
  const outcomeOf =
    leadOutcome ?? ((i) => DEFAULT_LEAD_OUTCOMES[i % DEFAULT_LEAD_OUTCOMES.length] ?? 'sent')

  function create(body: Record<string, unknown>, table?: LeadsTable): KinboxStoredCampaign {
    const id = randomBytes(12).toString('hex')
    const scheduledTo = typeof body['scheduledTo'] === 'string' ? body['scheduledTo'] : undefined
    const future = scheduledTo !== undefined && Date.parse(scheduledTo) > now()
    const rows = (table?.rows ?? []).map((row, i) => lead(id, i, row))
    const chunkSize = typeof body['chunkSize'] === 'number' ? body['chunkSize'] : undefined
    const campaign: KinboxStoredCampaign = {
      active: true,
      ...body,
      id,
      _id: id,
      name: String(body['name']),
      status: future ? 'scheduled' : 'processing',
      createdAt: new Date(now()).toISOString(),
      leadsCount: rows.length,
      chunksCount: body['chunksCount'] ?? (chunkSize ? Math.ceil(rows.length / chunkSize) : 1),
      progress: 0,
      messagesProcessed: 0,
      resultCounts: countResults([], 0)
    }
    campaigns.set(id, campaign)
    leads.set(id, rows)
    return campaign
  }

  /** Returns the campaign, or why the transition is refused. */
  function pause(id: string): KinboxStoredCampaign | string {
    const campaign = find(id)
    if (!PAUSABLE.includes(campaign.status)) {
      return `Campaign cannot be paused while its status is "${campaign.status}"`
    }
    beforePause.set(id, campaign.status)
    campaign.status = 'paused'
    return campaign
  }

  function resume(id: string): KinboxStoredCampaign | string {
    const campaign = find(id)
    if (campaign.status !== 'paused') {
      return `Campaign cannot be resumed while its status is "${campaign.status}"`
    }
    campaign.status = beforePause.get(id) ?? 'executing'
    beforePause.delete(id)
    return campaign
  }

  function advance(id: string, step: AdvanceKinbox = {}): KinboxStoredCampaign {
    const campaign = find(id)
    const chunks = step.chunks ?? (step.to === undefined ? 1 : 0)
    if (chunks > 0 && (campaign.status === 'paused' || FINISHED.includes(campaign.status))) {
      throw new Error(`campaign ${id} is ${campaign.status}: nothing to send`)
    }
    const all = leads.get(id) ?? []
    const outcome = step.outcomes ? cycle(step.outcomes) : outcomeOf
    const size = typeof campaign['chunkSize'] === 'number' ? campaign['chunkSize'] : all.length
    let executed = executedChunks(campaign)
    for (let n = 0; n < chunks; n++) {
      const start = executed * size
      all.slice(start, start + size).forEach((one, i) => send(one, outcome(start + i)))
      executed++
    }
    if (chunks > 0) {
      const processed = all.filter((one) => one.status !== 'awaiting').length
      campaign.status = processed >= all.length ? 'done' : 'awaiting-chunk'
    }
    if (step.to !== undefined) campaign.status = step.to
    refresh(campaign, all, executed)
    return campaign
  }

  function send(one: KinboxLead, status: KinboxLeadStatus): void {
    one.status = status
    one.answered = status === 'answered'
    one.sentAt = status === 'failed' ? '' : new Date(now()).toISOString()
  }

  function refresh(campaign: KinboxStoredCampaign, all: KinboxLead[], executed: number): void {
    const processed = all.filter((one) => one.status !== 'awaiting').length
    campaign['resultCounts'] = countResults(all, executed)
    campaign['messagesProcessed'] = processed
    campaign['progress'] =
      all.length === 0
        ? campaign.status === 'done'
          ? 100
          : 0
        : Math.round((processed / all.length) * 100)
    if (processed > 0) campaign['lastMessageProcessedAt'] = new Date(now()).toISOString()
  }

  function find(id: string): KinboxStoredCampaign {
    const campaign = campaigns.get(id)
    if (!campaign) throw new Error(`no Kinbox campaign ${id}`)
    return campaign
  }

  function reset(): void {
    campaigns.clear()
    leads.clear()
    beforePause.clear()
  }

  return { campaigns, leads, create, pause, resume, advance, reset }
}

export type KinboxCampaigns = ReturnType<typeof createKinboxCampaigns>

/** Cumulative, as a funnel: a read message was also received and sent. */
function countResults(all: KinboxLead[], chunksExecuted: number) {
  const at = (...statuses: KinboxLeadStatus[]) =>
    all.filter((one) => statuses.includes(one.status)).length
  return {
    sent: at('sent', 'received', 'read', 'answered'),
    received: at('received', 'read', 'answered'),
    read: at('read', 'answered'),
    answered: at('answered'),
    chunksExecuted
  }
}

function executedChunks(campaign: KinboxStoredCampaign): number {
  const counts = campaign['resultCounts'] as { chunksExecuted?: unknown } | undefined
  return typeof counts?.chunksExecuted === 'number' ? counts.chunksExecuted : 0
}

function lead(campaignId: string, index: number, row: LeadsTable['rows'][number]): KinboxLead {
  const _id = createHash('sha256').update(`${campaignId}/${index}`).digest('hex').slice(0, 24)
  return { _id, ...row, status: 'awaiting', sentAt: '', answered: false }
}

function cycle(outcomes: readonly KinboxLeadStatus[]): LeadOutcomeFor {
  return (i) => outcomes[i % outcomes.length] ?? 'sent'
}
