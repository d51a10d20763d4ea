import { INTEGRA_MAX_RECIPIENTS } from '../providers/integra/schemas'

/** Integra accepts at most this many recipients per campaign; longer lists become parts. */
export const INTEGRA_MAX_PART = INTEGRA_MAX_RECIPIENTS

export interface IntegraPartsInput {
  n: number
  /** The campaign's `max_concurrent` calls. */
  maxConcurrent: number
  /** The user's estimate of one call's length. */
  averageCallSeconds?: number
  /** `scheduled_at` of the first part (epoch ms). */
  start: number
  /** One after another (each starts when the previous is estimated to end) or all at once. */
  sequential: boolean
}

export interface IntegraPart {
  /** 1-based. */
  part: number
  /** Index of the part's first recipient in the list (0-based). */
  firstRecipient: number
  recipients: number
  startAt: number
  /** ceil(recipients / maxConcurrent) × averageCallSeconds (timing.md, Integra). */
  estimatedSeconds: number
  estimatedEndAt: number
}

/** Splits a call list into parts of at most 10,000 and estimates each part's duration. */
export function planIntegraParts(input: IntegraPartsInput): IntegraPart[] {
  const { n, maxConcurrent, start, sequential } = input
  const averageCallSeconds = input.averageCallSeconds ?? 60
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0')
  if (!Number.isSafeInteger(maxConcurrent) || maxConcurrent < 1) {
    throw new RangeError('maxConcurrent must be a whole number ≥ 1')
  }
  if (!(averageCallSeconds >= 0)) throw new RangeError('averageCallSeconds must be ≥ 0')
  const parts: IntegraPart[] = []
  let startAt = start
  for (let first = 0; first < n; first += INTEGRA_MAX_PART) {
    const recipients = Math.min(INTEGRA_MAX_PART, n - first)
    const estimatedSeconds = Math.ceil(recipients / maxConcurrent) * averageCallSeconds
    const estimatedEndAt = startAt + Math.round(estimatedSeconds * 1000)
    parts.push({
      part: parts.length + 1,
      firstRecipient: first,
      recipients,
      startAt,
      estimatedSeconds,
      estimatedEndAt
    })
    if (sequential) startAt = estimatedEndAt
  }
  return parts
}
