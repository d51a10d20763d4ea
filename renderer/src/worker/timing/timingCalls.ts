import { planCampaign, planWarnings, type CampaignPlan } from '../../../../shared/timing'
import type { WorkerHandlers } from '../rpc/contract'
import type { timingContract } from './timingContract'
import type { ChunkBin, PlanAnswer, PlanRequest, ViewAnswer, ViewRequest } from './timingProtocol'

/**
 * The Agendar step's timing calls: plans a campaign off the main thread (a million leads must
 * not freeze typing) and keeps the plan, so the timeline asks only for the chunks it shows.
 */
let current: { seq: number; plan: CampaignPlan; hasHours: boolean } | null = null

function plan(request: PlanRequest): PlanAnswer {
  const result = planCampaign(request.input)
  if (!result.ok) {
    current = null
    return { ok: false, error: result.error }
  }
  current = { seq: request.seq, plan: result.plan, hasHours: request.input.hours !== undefined }
  const warnings = planWarnings(result.plan, request.input, {
    now: request.now,
    tierPer24h: request.tier,
    holidayLanguage: request.holidayLanguage
  })
  // Only the plain totals cross to the UI; the plan's methods stay here.
  const {
    n,
    chunkSize,
    timeZone,
    chunksCount,
    firstSendAt,
    finishedAt,
    durationMs,
    messagesPerHour,
    daysSpanned,
    perDay
  } = result.plan
  const totals = {
    n,
    chunkSize,
    timeZone,
    chunksCount,
    firstSendAt,
    finishedAt,
    durationMs,
    messagesPerHour,
    daysSpanned,
    perDay
  }
  return { ok: true, totals, warnings }
}

function view(request: ViewRequest): ViewAnswer {
  if (!current || current.seq !== request.planSeq) return { ok: false, stale: true }
  const { plan: p, hasHours } = current
  const { fromMs, toMs } = request
  const range = p.chunkRangeBetween(fromMs, toMs)
  const open = hasHours ? p.openWindowsBetween(fromMs, toMs) : null
  const onScreen = range.to - range.from
  if (onScreen <= request.maxChunks) {
    const chunks = p.chunks(range.from, onScreen)
    return { ok: true, view: { fromMs, toMs, range, chunks, bins: null, open } }
  }
  const bins: ChunkBin[] = []
  const step = (toMs - fromMs) / request.bins
  for (let b = 0; b < request.bins; b++) {
    const start = fromMs + b * step
    const end = b === request.bins - 1 ? toMs : start + step
    const r = p.chunkRangeBetween(start, end)
    if (r.to <= r.from) continue
    const [first] = p.chunks(r.from, 1)
    const [last] = p.chunks(r.to - 1, 1)
    if (!first || !last) continue
    bins.push({
      start,
      end,
      firstChunk: r.from + 1,
      lastChunk: r.to,
      firstAt: first.firstAt,
      lastAt: last.lastAt
    })
  }
  return { ok: true, view: { fromMs, toMs, range, chunks: null, bins, open } }
}

export const timingCalls = { plan, view } satisfies WorkerHandlers<typeof timingContract>
