/**
 * A fixed-window request limit per key (Integra: 60 requests a minute per API key), on an
 * injectable clock so tests can cross the window without waiting.
 */

export interface RateLimit {
  limit: number
  windowMs: number
}

export interface RateDecision {
  allowed: boolean
  headers: Record<string, string>
}

export interface RateLimiter {
  count(key: string): RateDecision
  reset(): void
}

export function createRateLimiter(rate: RateLimit | false, now: () => number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    count(key) {
      if (rate === false) return { allowed: true, headers: {} }
      let window = windows.get(key)
      if (!window || now() >= window.start + rate.windowMs) {
        window = { start: now(), count: 0 }
        windows.set(key, window)
      }
      window.count++
      const reset = Math.ceil((window.start + rate.windowMs) / 1000)
      const headers = rateLimitHeaders(rate.limit, rate.limit - window.count, reset)
      return { allowed: window.count <= rate.limit, headers }
    },
    reset() {
      windows.clear()
    }
  }
}

/** `X-RateLimit-Reset` is epoch seconds, as Integra documents (or a bare delay, on request). */
export function rateLimitHeaders(
  limit: number,
  remaining: number,
  reset: number
): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(Math.max(0, remaining)),
    'X-RateLimit-Reset': String(reset)
  }
}
