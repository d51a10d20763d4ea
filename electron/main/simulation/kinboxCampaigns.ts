import { createHash, randomBytes } from 'node:crypto'
import type { KinboxCreateCampaign } from '../../../shared/providers/kinbox/schemas'
import type { SimulatedLeadsTable } from './leadsTable'
import {
  KINBOX_OUTCOMES,
  chunksExecuted,
  kinboxLeadStatus,
  kinboxStatus,
  sendPlan,
  sentCount,
  type SendPlan
} from './timeline'
import { KINBOX_PAUSABLE } from '../../../shared/ipc/campaigns'

/**
 * The simulated Kinbox's campaigns: what was created, with its leads, and the views the API
 * answers with (`Campaign`, `ChunkLead`), computed from the simulation's clock. Pause and
 * resume follow the test fake's rules: pause while waiting or sending, resume only a paused one.
 */

/** What is kept of a campaign across restarts (its send plan follows from it). */
export interface StoredKinboxCampaign {
  id: string
  body: KinboxCreateCampaign
  createdAt: number
  /** The status before it starts: `scheduled` when created for later, else `processing`. */
  waiting: string
  leads: SimulatedLeadsTable['rows']
  pausedAt: number | null
  pausedMs: number
}

interface CampaignRecord extends StoredKinboxCampaign {
  plan: SendPlan
}

export type KinboxView = { [key: string]: unknown; id: string; name: string; status: string }

/** `changed` is told after every create, pause and resume (the simulation saves then). */
export function createSimulatedKinboxCampaigns(now: () => number, changed: () => void = () => {}) {
  const records = new Map<string, CampaignRecord>()

  const elapsed = (r: CampaignRecord) => (r.pausedAt ?? now()) - r.createdAt - r.pausedMs
  const status = (r: CampaignRecord) =>
    r.pausedAt !== null ? 'paused' : kinboxStatus(r.plan, elapsed(r), r.waiting)
  const iso = (ms: number) => new Date(ms).toISOString()

  function create(body: KinboxCreateCampaign, leads: SimulatedLeadsTable['rows']): KinboxView {
    const id = randomBytes(12).toString('hex')
    const createdAt = now()
    const later = body.scheduledTo !== undefined && Date.parse(body.scheduledTo) > createdAt
    const record: CampaignRecord = {
      id,
      body,
      createdAt,
      waiting: later ? 'scheduled' : 'processing',
      leads,
      plan: sendPlan(leads.length, body.chunkSize),
      pausedAt: null,
      pausedMs: 0
    }
    records.set(id, record)
    changed()
    return view(record)
  }

  function leadsOf(r: CampaignRecord) {
    const e = elapsed(r)
    return r.leads.map((lead, i) => {
      const at = r.plan.at[i] ?? Infinity
      const final = KINBOX_OUTCOMES[i % KINBOX_OUTCOMES.length] ?? 'sent'
      const sent = at <= e
      const leadStatus = sent ? kinboxLeadStatus(final, e - at) : 'awaiting'
      return {
        _id: createHash('sha256').update(`${r.id}/${i}`).digest('hex').slice(0, 24),
        number: lead.number,
        placeholders: lead.placeholders,
        status: leadStatus,
        sentAt: sent && leadStatus !== 'failed' ? iso(r.createdAt + r.pausedMs + at) : '',
        answered: leadStatus === 'answered'
      }
    })
  }

  function view(r: CampaignRecord): KinboxView {
    const e = elapsed(r)
    const leads = leadsOf(r)
    const at = (...statuses: string[]) => leads.filter((l) => statuses.includes(l.status)).length
    const processed = sentCount(r.plan, e)
    const last = r.plan.at[processed - 1]
    const currentStatus = status(r)
    return {
      active: true,
      ...r.body,
      id: r.id,
      _id: r.id,
      name: r.body.name,
      status: currentStatus,
      createdAt: iso(r.createdAt),
      leadsCount: leads.length,
      chunksCount: r.plan.windows.length || 1,
      progress:
        leads.length === 0
          ? currentStatus === 'done'
            ? 100
            : 0
          : Math.round((processed / leads.length) * 100),
      messagesProcessed: processed,
      resultCounts: {
        sent: at('sent', 'received', 'read', 'answered'),
        received: at('received', 'read', 'answered'),
        read: at('read', 'answered'),
        answered: at('answered'),
        chunksExecuted: chunksExecuted(r.plan, e)
      },
      ...(last !== undefined && { lastMessageProcessedAt: iso(r.createdAt + r.pausedMs + last) })
    }
  }

  /** The campaign, or why the transition is refused; undefined: no such campaign. */
  function pause(id: string): KinboxView | string | undefined {
    const r = records.get(id)
    if (!r) return undefined
    const current = status(r)
    if (!(KINBOX_PAUSABLE as readonly string[]).includes(current)) {
      return `Campaign cannot be paused while its status is "${current}"`
    }
    r.pausedAt = now()
    changed()
    return view(r)
  }

  function resume(id: string): KinboxView | string | undefined {
    const r = records.get(id)
    if (!r) return undefined
    if (r.pausedAt === null) {
      return `Campaign cannot be resumed while its status is "${status(r)}"`
    }
    r.pausedMs += now() - r.pausedAt
    r.pausedAt = null
    changed()
    return view(r)
  }

  return {
    create,
    pause,
    resume,
    /** Every campaign as kept on disk, oldest first. */
    stored: (): StoredKinboxCampaign[] =>
      [...records.values()].map((r) => ({
        id: r.id,
        body: r.body,
        createdAt: r.createdAt,
        waiting: r.waiting,
        leads: r.leads,
        pausedAt: r.pausedAt,
        pausedMs: r.pausedMs
      })),
    /** Campaigns read back after a restart (added before any made since, oldest first). */
    restore(kept: readonly StoredKinboxCampaign[]) {
      const made = [...records.entries()]
      records.clear()
      for (const r of kept)
        records.set(r.id, { ...r, plan: sendPlan(r.leads.length, r.body.chunkSize) })
      for (const [id, r] of made) records.set(id, r)
    },
    drop(ids: Iterable<string>) {
      for (const id of ids) records.delete(id)
    },
    get: (id: string) => {
      const r = records.get(id)
      return r && view(r)
    },
    leads: (id: string) => {
      const r = records.get(id)
      return r && leadsOf(r)
    },
    /** Newest first. */
    list: () => [...records.values()].reverse().map(view)
  }
}

export type SimulatedKinboxCampaigns = ReturnType<typeof createSimulatedKinboxCampaigns>
