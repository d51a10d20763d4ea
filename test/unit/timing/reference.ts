/**
 * The naive model: one message at a time, straight from timing.md's rule. Slow on purpose; the
 * fast planCampaign is property-tested against it and benchmarked against it.
 */
import type { CampaignInput, ChunkTiming } from '../../../shared/timing/types'
import {
  compileHours,
  dayWindows,
  hasOpenWindow,
  type OpenWindow
} from '../../../shared/timing/windows'
import { DEFAULT_TIME_ZONE, isoDate, localDayOf, resolveZone } from '../../../shared/timing/zone'

export interface ReferencePlan {
  chunksCount: number
  finishedAt: number | null
  chunks: ChunkTiming[]
  perDay: Map<string, number>
}

export function referencePlan(input: CampaignInput): ReferencePlan | 'no_open_hours' {
  const zone = resolveZone(input.timeZone ?? DEFAULT_TIME_ZONE)
  if (!zone) throw new Error('bad zone')
  const week = input.hours ? compileHours(input.hours) : null
  if (week && !hasOpenWindow(week)) return 'no_open_hours'
  let current: OpenWindow | null = null
  // The next opening at or after t, looking day by day.
  const moveIntoWindow = (t: number): number => {
    if (!week || (current && current.start <= t && t < current.end)) return t
    for (let day = localDayOf(t, zone) - 1; ; day++) {
      const w = dayWindows(week, zone, day).find((x) => t < x.end)
      if (w) {
        current = w
        return Math.max(t, w.start)
      }
    }
  }
  const msg = Math.round(input.secondsBetweenMessages * 1000)
  const gap = Math.round(input.secondsBetweenChunks * 1000)
  const chunks: ChunkTiming[] = []
  const perDay = new Map<string, number>()
  let t = input.start
  for (let i = 0; i < input.n; i++) {
    const inChunk = i % input.chunkSize
    if (i > 0) t += inChunk === 0 ? gap : msg
    t = moveIntoWindow(t)
    if (inChunk === 0) chunks.push({ chunk: chunks.length + 1, size: 0, firstAt: t, lastAt: t })
    const chunk = chunks.at(-1)
    if (chunk) {
      chunk.size++
      chunk.lastAt = t
    }
    const date = isoDate(localDayOf(t, zone))
    perDay.set(date, (perDay.get(date) ?? 0) + 1)
  }
  return { chunksCount: chunks.length, finishedAt: chunks.at(-1)?.lastAt ?? null, chunks, perDay }
}
