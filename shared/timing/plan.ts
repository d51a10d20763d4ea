import type { Zone } from 'luxon'
import type { Cadence } from './cadence'
import { buildRuns } from './engine'
import type { Runs } from './runs'
import type {
  CampaignInput,
  CampaignPlan,
  ChunkRange,
  ChunkTiming,
  DayCount,
  PlanResult,
  PlanTotals
} from './types'
import { checkInput } from './validate'
import { WindowCursor, type WeekIntervals } from './windows'
import { isoDate } from './zone'

/**
 * The campaign timing model of timing.md: one pure function for the preview and the launch.
 * Totals are computed at once; chunks are produced on demand from the runs.
 */
export function planCampaign(input: CampaignInput): PlanResult {
  const checked = checkInput(input)
  if ('code' in checked) return { ok: false, error: checked }
  const { cadence, start, zone, timeZone, week } = checked
  const runs = buildRuns(cadence, start, new WindowCursor(week, zone))
  const totals = totalsOf(runs, timeZone)
  return { ok: true, plan: { ...totals, ...queries(runs, week, zone) } }
}

function totalsOf(runs: Runs, timeZone: string): PlanTotals {
  const c = runs.cadence
  const chunksCount = Math.ceil(c.n / c.chunkSize)
  const firstSendAt = c.n > 0 ? runs.timeOf(0) : null
  const finishedAt = c.n > 0 ? runs.timeOf(c.n - 1) : null
  const firstDay = runs.day[0] ?? 0
  const lastDay = runs.day.at(-1) ?? -1
  return {
    n: c.n,
    chunkSize: c.chunkSize,
    timeZone,
    chunksCount,
    firstSendAt,
    finishedAt,
    durationMs: finishedAt === null || firstSendAt === null ? 0 : finishedAt - firstSendAt,
    messagesPerHour: sendingRate(c, chunksCount),
    daysSpanned: lastDay - firstDay + 1,
    perDay: perDayOf(runs)
  }
}

function sendingRate(c: Cadence, chunksCount: number): number | null {
  const activeMs = (c.n - chunksCount) * c.messageGapMs + (chunksCount - 1) * c.chunkGapMs
  return c.n > 1 && activeMs > 0 ? ((c.n - 1) * 3_600_000) / activeMs : null
}

function perDayOf(runs: Runs): DayCount[] {
  const counts: DayCount[] = []
  let lastDay = Number.NaN
  for (let r = 0; r < runs.length; r++) {
    const day = runs.day[r] ?? 0
    const size = runs.sizeOf(r)
    const last = counts.at(-1)
    if (last && day === lastDay) last.count += size
    else counts.push({ date: isoDate(day), count: size })
    lastDay = day
  }
  return counts
}

type PlanQueries = Omit<CampaignPlan, keyof PlanTotals>

function queries(runs: Runs, week: WeekIntervals | null, zone: Zone): PlanQueries {
  const { n, chunkSize } = runs.cadence
  const chunksCount = Math.ceil(n / chunkSize)
  const lastOf = (k: number): number => Math.min(n, (k + 1) * chunkSize) - 1
  const chunk = (k: number): ChunkTiming => ({
    chunk: k + 1,
    size: lastOf(k) - k * chunkSize + 1,
    firstAt: runs.timeOf(k * chunkSize),
    lastAt: runs.timeOf(lastOf(k))
  })
  // First chunk index in [0, chunksCount] for which `test` holds (times only grow with k).
  const firstWhere = (test: (k: number) => boolean): number => {
    let lo = 0
    let hi = chunksCount
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (test(mid)) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  return {
    chunks(from: number, count: number): ChunkTiming[] {
      const list: ChunkTiming[] = []
      const end = Math.min(chunksCount, Math.max(0, from) + Math.max(0, count))
      for (let k = Math.max(0, from); k < end; k++) list.push(chunk(k))
      return list
    },
    chunkRangeBetween(fromMs: number, toMs: number): ChunkRange {
      const from = firstWhere((k) => runs.timeOf(lastOf(k)) >= fromMs)
      const to = firstWhere((k) => runs.timeOf(k * chunkSize) >= toMs)
      return { from, to: Math.max(from, to) }
    },
    sendTimeOf: (index: number): number => runs.timeOf(index),
    sendTimeSweeper: () => runs.sweeper(),
    openWindowsBetween: (fromMs: number, toMs: number) => windowsBetween(week, zone, fromMs, toMs)
  }
}

function windowsBetween(week: WeekIntervals | null, zone: Zone, fromMs: number, toMs: number) {
  const cursor = new WindowCursor(week, zone)
  const windows: { start: number; end: number }[] = []
  let t = fromMs
  while (t < toMs) {
    const w = cursor.windowAt(t)
    if (w.start >= toMs) break
    windows.push({ start: Math.max(w.start, fromMs), end: Math.min(w.end, toMs) })
    t = w.end
  }
  // Contiguous days without hours (or back-to-back windows) read better as one span.
  return windows.reduce<{ start: number; end: number }[]>((merged, w) => {
    const last = merged.at(-1)
    if (last && last.end >= w.start) last.end = w.end
    else merged.push({ ...w })
    return merged
  }, [])
}
