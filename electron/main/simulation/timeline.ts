/**
 * How a simulated campaign plays out, as a pure function of the time since it was created
 * (paused time left out). Whatever its schedule says, a simulated campaign starts within
 * seconds and is over within a few minutes: the simulation is for trying the app, not for
 * waiting for next Monday's business hours. Outcomes cycle like the test fakes'.
 */
export const SIMULATION_TIMING = {
  /** Before this the campaign waits (Kinbox `processing`/`scheduled`, Integra `PENDING`). */
  startDelayMs: 15_000,
  /** Every lead is sent (called) within this, after the start delay. */
  sendSpanMs: 150_000,
  /** A sent WhatsApp message is received, read and answered this long after it went. */
  receivedAfterMs: 5_000,
  readAfterMs: 20_000,
  answeredAfterMs: 45_000
} as const

/** Share of each chunk's slot spent sending; the rest is `awaiting-chunk`. */
const SENDING_SHARE = 0.6

export interface SendPlan {
  /** Per lead, ms after creation when it is sent (called). */
  at: number[]
  /** Per chunk, [start, end) of its sending, ms after creation. */
  windows: [number, number][]
}

/** Chunks share the send span evenly; the leads of a chunk go out evenly within its window. */
export function sendPlan(count: number, chunkSize?: number): SendPlan {
  const { startDelayMs, sendSpanMs } = SIMULATION_TIMING
  if (count === 0) return { at: [], windows: [] }
  const size = Math.max(1, Math.min(count, Math.floor(chunkSize ?? count) || count))
  const chunks = Math.ceil(count / size)
  const slot = sendSpanMs / chunks
  const sending = slot * SENDING_SHARE
  const at: number[] = []
  const windows: [number, number][] = []
  for (let chunk = 0; chunk < chunks; chunk++) {
    const start = startDelayMs + chunk * slot
    const members = Math.min(size, count - chunk * size)
    for (let j = 0; j < members; j++) at.push(start + ((j + 1) * sending) / members)
    windows.push([start, start + sending])
  }
  return { at, windows }
}

export function sentCount(plan: SendPlan, elapsed: number): number {
  let n = 0
  for (const at of plan.at) if (at <= elapsed) n++
  return n
}

/** A Kinbox campaign's status (paused is the caller's to say). */
export function kinboxStatus(plan: SendPlan, elapsed: number, waiting: string): string {
  if (elapsed < SIMULATION_TIMING.startDelayMs) return waiting
  if (sentCount(plan, elapsed) === plan.at.length) return 'done'
  const sending = plan.windows.some(([start, end]) => start <= elapsed && elapsed < end)
  return sending ? 'executing' : 'awaiting-chunk'
}

/** Chunks whose every lead has been sent. */
export function chunksExecuted(plan: SendPlan, elapsed: number): number {
  if (sentCount(plan, elapsed) === plan.at.length) return plan.windows.length
  return plan.windows.filter(([, end]) => end <= elapsed).length
}

export const KINBOX_LEAD_FLOW = ['sent', 'received', 'read', 'answered'] as const
export type KinboxFinal = (typeof KINBOX_LEAD_FLOW)[number] | 'failed'
/** Lead i ends as KINBOX_OUTCOMES[i % 6] (the fake Kinbox's DEFAULT_LEAD_OUTCOMES). */
export const KINBOX_OUTCOMES: readonly KinboxFinal[] = [
  'answered',
  'read',
  'received',
  'sent',
  'read',
  'failed'
]

/** A message's status `since` ms after it was sent, up to its final outcome. */
export function kinboxLeadStatus(final: KinboxFinal, since: number): KinboxFinal {
  if (final === 'failed') return 'failed'
  const { receivedAfterMs, readAfterMs, answeredAfterMs } = SIMULATION_TIMING
  const reached =
    since >= answeredAfterMs ? 3 : since >= readAfterMs ? 2 : since >= receivedAfterMs ? 1 : 0
  return KINBOX_LEAD_FLOW[Math.min(reached, KINBOX_LEAD_FLOW.indexOf(final))] ?? 'sent'
}

/** An Integra campaign's status: PENDING, RUNNING while calling, COMPLETED. */
export function integraStatus(plan: SendPlan, elapsed: number): string {
  if (elapsed < SIMULATION_TIMING.startDelayMs) return 'PENDING'
  return sentCount(plan, elapsed) === plan.at.length ? 'COMPLETED' : 'RUNNING'
}

export type IntegraOutcome = 'answered' | 'no-answer' | 'voicemail' | 'busy' | 'failed'
/** Recipient i's call ends as INTEGRA_OUTCOMES[i % 6] (the fake Integra's DEFAULT_OUTCOMES). */
export const INTEGRA_OUTCOMES: readonly IntegraOutcome[] = [
  'answered',
  'no-answer',
  'voicemail',
  'answered',
  'busy',
  'failed'
]
