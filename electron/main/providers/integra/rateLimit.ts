/**
 * Integra allows 60 requests a minute per key (providers.md). The client keeps under it on
 * its side, so a launch of many parts and a lookup that pages through campaigns never meet a
 * 429 they caused themselves: each request waits for a free slot in a sliding window.
 * The wait goes through the injected `sleep`, so tests run it without real time passing.
 */
export const INTEGRA_REQUESTS_PER_MINUTE = 60

export interface RateLimiter {
  /** Resolves when one more request may be made now; records it. */
  acquire(): Promise<void>
}

export interface RateLimiterOptions {
  limit?: number
  windowMs?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const limit = options.limit ?? INTEGRA_REQUESTS_PER_MINUTE
  const windowMs = options.windowMs ?? 60_000
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const sent: number[] = []
  // Callers queue so that two concurrent requests cannot take the same slot.
  let queue: Promise<void> = Promise.resolve()

  async function takeSlot(): Promise<void> {
    for (;;) {
      const at = now()
      while (sent.length > 0 && (sent[0] ?? 0) <= at - windowMs) sent.shift()
      if (sent.length < limit) {
        sent.push(at)
        return
      }
      await sleep((sent[0] ?? at) + windowMs - at)
    }
  }

  return {
    acquire() {
      const turn = queue.then(takeSlot)
      queue = turn.catch(() => undefined)
      return turn
    }
  }
}

/** A `fetch` that waits for the limiter before each request (retries included). */
export function rateLimitedFetch(limiter: RateLimiter, inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    await limiter.acquire()
    return inner(input, init)
  }
}
