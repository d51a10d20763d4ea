import type {
  CampaignInput,
  ChunkRange,
  ChunkTiming,
  PlanTotals,
  PlanWarning,
  TimingError,
  WhatsAppTier
} from '../../../shared/timing'

/** Plans one campaign and keeps it in the worker for later `view` calls. */
export interface PlanRequest {
  kind: 'plan'
  input: CampaignInput
  now: number
  tier: WhatsAppTier
  holidayLanguage: 'pt' | 'en'
}

/** What the timeline shows of the last plan between two instants. */
export interface ViewRequest {
  kind: 'view'
  /** The `seq` of the plan this view belongs to (a stale plan answers `stale`). */
  planSeq: number
  fromMs: number
  toMs: number
  /** Above this many chunks on screen, chunks are grouped into `bins`. */
  maxChunks: number
  bins: number
}

export type TimingRequest = (PlanRequest | ViewRequest) & { seq: number }

export type PlanAnswer =
  { ok: true; totals: PlanTotals; warnings: PlanWarning[] } | { ok: false; error: TimingError }

/** Several chunks drawn as one mark when too many share the screen. */
export interface ChunkBin {
  start: number
  end: number
  /** 1-based chunk numbers, inclusive. */
  firstChunk: number
  lastChunk: number
  firstAt: number
  lastAt: number
}

export interface TimelineView {
  fromMs: number
  toMs: number
  range: ChunkRange
  /** Every chunk on screen, or null when they are grouped into bins. */
  chunks: ChunkTiming[] | null
  bins: ChunkBin[] | null
  /** Open windows in the span; null when the plan has no business hours (always open). */
  open: { start: number; end: number }[] | null
}

export type ViewAnswer = { ok: true; view: TimelineView } | { ok: false; stale: true }

export type TimingResponse =
  | { seq: number; kind: 'plan'; answer: PlanAnswer }
  | { seq: number; kind: 'view'; answer: ViewAnswer }
  | { seq: number; kind: 'failure'; message: string }
