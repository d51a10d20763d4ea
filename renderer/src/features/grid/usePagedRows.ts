import { useCallback, useMemo, useState } from 'react'

export const PAGE_SIZE = 200

interface PageCache<Row> {
  pages: Map<number, Row[]>
  inFlight: Set<number>
}

/**
 * Rows fetched from the worker a page at a time, for the range on screen only. A new cache
 * is made whenever `version` changes (new file, search, sort, edits); late answers for an
 * old version land in the old cache and are dropped with it.
 */
export function usePagedRows<Row>(
  version: number,
  fetchPage: (start: number, count: number) => Promise<Row[]>
): { rowAt(index: number): Row | undefined; ensure(first: number, last: number): void } {
  // `version` is the cache's identity: a new one means every cached page is stale.
  const cache = useMemo<PageCache<Row>>(
    () => ({ pages: new Map(), inFlight: new Set() }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version]
  )
  const [, setTick] = useState(0)

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        if (cache.pages.has(page) || cache.inFlight.has(page)) continue
        cache.inFlight.add(page)
        void fetchPage(page * PAGE_SIZE, PAGE_SIZE).then((rows) => {
          cache.inFlight.delete(page)
          cache.pages.set(page, rows)
          setTick((t) => t + 1)
        })
      }
    },
    [cache, fetchPage]
  )

  const rowAt = useCallback(
    (index: number) => cache.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [cache]
  )
  return { rowAt, ensure }
}
