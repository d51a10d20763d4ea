import { createHash } from 'node:crypto'

/**
 * Campaign progress and call records for the fake Integra. The OpenAPI leaves both the call
 * object (`items: {}`) and the campaign statuses after `PENDING` unspecified; what is here is
 * OUR GUESS, shaped after the query filters it does document (`status` "COMPLETED, FAILED,
 * etc", `direction` INBOUND | OUTBOUND, `from`/`to` ISO 8601). Outcomes are deterministic:
 * recipient i gets `DEFAULT_OUTCOMES[i % 6]` unless a test says otherwise.
 */

export const INTEGRA_CAMPAIGN_FLOW = ['PENDING', 'RUNNING', 'COMPLETED'] as const
export type IntegraCampaignStatus = (typeof INTEGRA_CAMPAIGN_FLOW)[number]

export const INTEGRA_CALL_OUTCOMES = [
  'answered',
  'no-answer',
  'voicemail',
  'busy',
  'failed'
] as const
export type IntegraCallOutcome = (typeof INTEGRA_CALL_OUTCOMES)[number]

/** The call's `status` (the filterable one) for each outcome. */
export const INTEGRA_CALL_STATUS: Record<IntegraCallOutcome, string> = {
  answered: 'COMPLETED',
  'no-answer': 'NO_ANSWER',
  voicemail: 'VOICEMAIL',
  busy: 'BUSY',
  failed: 'FAILED'
}

export const DEFAULT_OUTCOMES: readonly IntegraCallOutcome[] = [
  'answered',
  'no-answer',
  'voicemail',
  'answered',
  'busy',
  'failed'
]

export interface IntegraStoredRecipient {
  phone_number: string
  recipient_name?: string
  dynamic_variables?: Record<string, string>
}

export interface IntegraCall {
  id: string
  campaign_id: string
  direction: 'OUTBOUND' | 'INBOUND'
  status: string
  outcome: IntegraCallOutcome
  phone_number: string
  recipient_name?: string
  dynamic_variables?: Record<string, string>
  duration_seconds: number
  started_at: string
  ended_at: string
  created_at: string
}

export type OutcomeFor = (recipient: IntegraStoredRecipient, index: number) => IntegraCallOutcome

export const defaultOutcome: OutcomeFor = (_recipient, index) =>
  DEFAULT_OUTCOMES[index % DEFAULT_OUTCOMES.length] ?? 'answered'

/** Outcomes given as a list (e.g. over the control endpoint) are used in turn. */
export function cycleOutcomes(outcomes: readonly IntegraCallOutcome[]): OutcomeFor {
  return (_recipient, index) => outcomes[index % outcomes.length] ?? 'answered'
}

const DURATION_SECONDS: Record<IntegraCallOutcome, number> = {
  answered: 95,
  'no-answer': 0,
  voicemail: 24,
  busy: 0,
  failed: 0
}

export function makeCall(
  campaignId: string,
  recipient: IntegraStoredRecipient,
  index: number,
  outcome: IntegraCallOutcome,
  nowMs: number
): IntegraCall {
  const started = nowMs + index * 1000
  const duration = DURATION_SECONDS[outcome] + (outcome === 'answered' ? index % 7 : 0)
  return {
    id: stableUuid(`${campaignId}/${index}`),
    campaign_id: campaignId,
    direction: 'OUTBOUND',
    status: INTEGRA_CALL_STATUS[outcome],
    outcome,
    phone_number: recipient.phone_number,
    ...(recipient.recipient_name !== undefined && { recipient_name: recipient.recipient_name }),
    ...(recipient.dynamic_variables && { dynamic_variables: recipient.dynamic_variables }),
    duration_seconds: duration,
    started_at: new Date(started).toISOString(),
    ended_at: new Date(started + duration * 1000).toISOString(),
    created_at: new Date(started).toISOString()
  }
}

/** How many recipients have been called once a campaign reaches `status`. */
export function calledCount(status: string, recipients: number): number {
  if (status === 'COMPLETED') return recipients
  if (status === 'RUNNING') return Math.ceil(recipients / 2)
  return 0
}

export function nextStatus(status: string): IntegraCampaignStatus | undefined {
  const at = INTEGRA_CAMPAIGN_FLOW.indexOf(status as IntegraCampaignStatus)
  return at === -1 ? undefined : INTEGRA_CAMPAIGN_FLOW[at + 1]
}

/** The same call gets the same id every run, so tests can name it. */
function stableUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
