/// <reference lib="webworker" />
import { planCampaign, planWarnings, type CampaignPlan } from '../../../shared/timing'
import type {
  ChunkBin,
  PlanRequest,
  TimingRequest,
  TimingResponse,
  ViewAnswer,
  ViewRequest
} from './timingProtocol'

/**
 * The Agendar step's timing worker: plans a campaign off the main thread (a million leads
 * must not freeze typing) and keeps the plan, so the timeline asks only for the chunks it shows.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

let current: { seq: number; plan: CampaignPlan; hasHours: boolean } | null = null

function plan(seq: number, request: PlanRequest): TimingResponse {
  const result = planCampaign(request.input)
  if (!result.ok) {
    current = null
    return { seq, kind: 'plan', answer: { ok: false, error: result.error } }
  }
  current = { seq, plan: result.plan, hasHours: request.input.hours !== undefined }
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
  return { seq, kind: 'plan', answer: { ok: true, totals, warnings } }
}

function view(seq: number, request: ViewRequest): TimingResponse {
  if (!current || current.seq !== request.planSeq) {
    const stale: ViewAnswer = { ok: false, stale: true }
    return { seq, kind: 'view', answer: stale }
  }
  const { plan: p, hasHours } = current
  const { fromMs, toMs } = request
  const range = p.chunkRangeBetween(fromMs, toMs)
  const open = hasHours ? p.openWindowsBetween(fromMs, toMs) : null
  const onScreen = range.to - range.from
  if (onScreen <= request.maxChunks) {
    const chunks = p.chunks(range.from, onScreen)
    return {
      seq,
      kind: 'view',
      answer: { ok: true, view: { fromMs, toMs, range, chunks, bins: null, open } }
    }
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
  return {
    seq,
    kind: 'view',
    answer: { ok: true, view: { fromMs, toMs, range, chunks: null, bins, open } }
  }
}

scope.onmessage = (event: MessageEvent<TimingRequest>) => {
  const request = event.data
  try {
    scope.postMessage(
      request.kind === 'plan' ? plan(request.seq, request) : view(request.seq, request)
    )
  } catch (error) {
    const message = String((error as Error)?.message ?? error)
    scope.postMessage({ seq: request.seq, kind: 'failure', message } satisfies TimingResponse)
  }
}
