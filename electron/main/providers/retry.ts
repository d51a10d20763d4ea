import type { ProviderError } from './errors'

/** When and how long to wait before trying a failed request again. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** Longer waits for a rate-limit reset give up instead (the user sees why). */
  maxRateLimitWaitMs: number
  /** Added to a reset time: our clock and the server's are not the same clock. */
  rateLimitMarginMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRateLimitWaitMs: 90_000,
  rateLimitMarginMs: 500
}

export interface Failure {
  error: ProviderError
  retryable: boolean
}

/** Milliseconds to wait before attempt `attempt + 1`, or null to give up. */
export function retryDelay(
  failure: Failure,
  attempt: number,
  policy: RetryPolicy,
  now: number
): number | null {
  if (!failure.retryable || attempt >= policy.maxAttempts) return null
  const { retryAt } = failure.error
  if (failure.error.kind === 'rate_limited' && retryAt !== undefined) {
    const wait = Math.max(0, retryAt - now) + policy.rateLimitMarginMs
    return wait <= policy.maxRateLimitWaitMs ? wait : null
  }
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
}
