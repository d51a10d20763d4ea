/**
 * Answers from a provider kept for a short while, so that several screens (the list, a
 * detail, an export) asking at once make one request; a request in flight is shared.
 * Failures are not kept: the next ask tries again.
 */
export interface TtlCache {
  get<T>(key: string, load: () => Promise<T>, options?: { fresh?: boolean }): Promise<T>
  drop(prefix: string): void
}

export function createTtlCache(ttlMs: number, now: () => number): TtlCache {
  const kept = new Map<string, { at: number; value: unknown }>()
  const inFlight = new Map<string, Promise<unknown>>()

  return {
    async get<T>(key: string, load: () => Promise<T>, options: { fresh?: boolean } = {}) {
      const pending = inFlight.get(key)
      if (pending) return pending as Promise<T>
      const hit = kept.get(key)
      if (!options.fresh && hit && now() - hit.at < ttlMs) return hit.value as T
      const loading = load()
        .then((value) => {
          kept.set(key, { at: now(), value })
          return value
        })
        .finally(() => inFlight.delete(key))
      inFlight.set(key, loading)
      return loading
    },
    drop(prefix) {
      for (const key of kept.keys()) if (key.startsWith(prefix)) kept.delete(key)
    }
  }
}
