import { createHash, randomUUID } from 'node:crypto'
import type { IntegraCreateCampaign } from '../../../shared/providers/integra/schemas'
import {
  INTEGRA_OUTCOMES,
  integraStatus,
  sendPlan,
  type IntegraOutcome,
  type SendPlan
} from './timeline'

/**
 * The simulated Integra's campaigns and the calls they make, computed from the simulation's
 * clock: recipient i is called at its turn and ends as INTEGRA_OUTCOMES[i % 6]. The call
 * record's fields are the ones the test fake uses (the OpenAPI leaves them unspecified).
 */
const CALL_STATUS: Record<IntegraOutcome, string> = {
  answered: 'COMPLETED',
  'no-answer': 'NO_ANSWER',
  voicemail: 'VOICEMAIL',
  busy: 'BUSY',
  failed: 'FAILED'
}

const DURATION_SECONDS: Record<IntegraOutcome, number> = {
  answered: 95,
  'no-answer': 0,
  voicemail: 24,
  busy: 0,
  failed: 0
}

/** What is kept of a campaign across restarts (its call plan follows from it). */
export interface StoredIntegraCampaign {
  id: string
  body: IntegraCreateCampaign
  createdAt: number
}

interface CampaignRecord extends StoredIntegraCampaign {
  plan: SendPlan
}

export interface SimulatedCall {
  [key: string]: unknown
  id: string
  campaign_id: string
  direction: 'OUTBOUND'
  status: string
  outcome: IntegraOutcome
  phone_number: string
  started_at: string
}

/** The same call gets the same id every time it is read. */
function stableUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** `changed` is told after every create (the simulation saves then). */
export function createSimulatedIntegraCampaigns(now: () => number, changed: () => void = () => {}) {
  const records = new Map<string, CampaignRecord>()
  const iso = (ms: number) => new Date(ms).toISOString()

  function summary(r: CampaignRecord) {
    return {
      id: r.id,
      name: r.body.name,
      status: integraStatus(r.plan, now() - r.createdAt),
      total_recipients: r.body.recipients.length,
      scheduled_at: r.body.scheduled_at,
      created_at: iso(r.createdAt)
    }
  }

  function callsOf(r: CampaignRecord): SimulatedCall[] {
    const elapsed = now() - r.createdAt
    const calls: SimulatedCall[] = []
    r.body.recipients.forEach((recipient, i) => {
      const at = r.plan.at[i] ?? Infinity
      if (at > elapsed) return
      const outcome = INTEGRA_OUTCOMES[i % INTEGRA_OUTCOMES.length] ?? 'answered'
      const started = r.createdAt + at
      const duration = DURATION_SECONDS[outcome] + (outcome === 'answered' ? i % 7 : 0)
      calls.push({
        id: stableUuid(`${r.id}/${i}`),
        campaign_id: r.id,
        direction: 'OUTBOUND',
        status: CALL_STATUS[outcome],
        outcome,
        phone_number: recipient.phone_number,
        ...(recipient.recipient_name !== undefined && { recipient_name: recipient.recipient_name }),
        ...(recipient.dynamic_variables && { dynamic_variables: recipient.dynamic_variables }),
        duration_seconds: duration,
        started_at: iso(started),
        ended_at: iso(started + duration * 1000),
        created_at: iso(started)
      })
    })
    return calls
  }

  function create(body: IntegraCreateCampaign) {
    const record: CampaignRecord = {
      id: randomUUID(),
      body,
      createdAt: now(),
      plan: sendPlan(body.recipients.length)
    }
    records.set(record.id, record)
    changed()
    return summary(record)
  }

  function details(id: string) {
    const r = records.get(id)
    if (!r) return undefined
    const byPhone = new Map(callsOf(r).map((call) => [call.phone_number, call.status]))
    const { recipients, name: _name, scheduled_at: _at, ...settings } = r.body
    void _name
    void _at
    return {
      ...summary(r),
      ...settings,
      recipients: recipients.map((recipient) => ({
        ...recipient,
        status: byPhone.get(recipient.phone_number) ?? 'PENDING'
      }))
    }
  }

  return {
    create,
    details,
    /** Every campaign as kept on disk, oldest first. */
    stored: (): StoredIntegraCampaign[] =>
      [...records.values()].map(({ id, body, createdAt }) => ({ id, body, createdAt })),
    /** Campaigns read back after a restart (added before any made since, oldest first). */
    restore(kept: readonly StoredIntegraCampaign[]) {
      const made = [...records.entries()]
      records.clear()
      for (const r of kept) records.set(r.id, { ...r, plan: sendPlan(r.body.recipients.length) })
      for (const [id, r] of made) records.set(id, r)
    },
    drop(ids: Iterable<string>) {
      for (const id of ids) records.delete(id)
    },
    /** Newest first. */
    list: () => [...records.values()].reverse().map(summary),
    /** Every call made so far, newest first. */
    calls: () =>
      [...records.values()]
        .flatMap(callsOf)
        .sort((a, b) => b.started_at.localeCompare(a.started_at))
  }
}

export type SimulatedIntegraCampaigns = ReturnType<typeof createSimulatedIntegraCampaigns>
