import { KINBOX_PAUSABLE } from '../../../shared/ipc/campaigns'
import { KinboxCampaignProgress } from '../../../shared/providers/kinbox/schemas'
import type { KinboxClient } from '../providers/kinbox/client'
import { phoneKey } from './planLeads'

/** What one Kinbox campaign says of itself (`GET /v3/campaigns/{id}`). */
export interface PartReading {
  status: string | null
  progress: number | null
  counts: Record<string, number>
  calls: number | null
  canPause: boolean
  canResume: boolean
}

/** One lead's result, by phone digits. */
export interface LeadReading {
  result: string | null
  at: string | null
}

const clamp = (n: number) => Math.min(100, Math.max(0, n))
const count = (n: number) => Math.max(0, Math.round(n))

export async function readKinboxPart(client: KinboxClient, id: string): Promise<PartReading> {
  const campaign = KinboxCampaignProgress.parse(await client.getCampaign(id))
  const status = campaign.status ?? null
  const counts = campaign.resultCounts
  return {
    status,
    progress: typeof campaign.progress === 'number' ? clamp(campaign.progress) : null,
    counts: counts
      ? {
          sent: count(counts.sent),
          received: count(counts.received),
          read: count(counts.read),
          answered: count(counts.answered)
        }
      : {},
    calls: null,
    canPause: status !== null && (KINBOX_PAUSABLE as readonly string[]).includes(status),
    canResume: status === 'paused'
  }
}

/** `chunk-leads` by number: `answered` wins over a status that lags behind it. */
export async function readKinboxLeads(
  client: KinboxClient,
  id: string
): Promise<Map<string, LeadReading>> {
  const leads = await client.listChunkLeads(id)
  const byPhone = new Map<string, LeadReading>()
  for (const lead of leads) {
    const result = lead.answered === true ? 'answered' : lead.status
    byPhone.set(phoneKey(lead.number), { result, at: lead.sentAt ? lead.sentAt : null })
  }
  return byPhone
}
