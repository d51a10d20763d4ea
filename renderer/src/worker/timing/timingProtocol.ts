import { z } from 'zod'
import { HolidayLanguageSchema } from '../../../../shared/timing/holidays'
import {
  CampaignInputSchema,
  ChunkRangeSchema,
  ChunkTimingSchema,
  PlanTotalsSchema,
  TimingErrorSchema
} from '../../../../shared/timing/types'
import { PlanWarningSchema, WhatsAppTierSchema } from '../../../../shared/timing/warnings'

/** The timing worker's types (timingContract.ts). */

/** Plans one campaign and keeps it in the worker for later `view` calls. */
export const PlanRequest = z.object({
  /** Names this plan for the views of it (the client counts them). */
  seq: z.number(),
  input: CampaignInputSchema,
  now: z.number(),
  tier: WhatsAppTierSchema,
  holidayLanguage: HolidayLanguageSchema
})
export type PlanRequest = z.infer<typeof PlanRequest>

/** What the timeline shows of the last plan between two instants. */
export const ViewRequest = z.object({
  /** The `seq` of the plan this view belongs to (a stale plan answers `stale`). */
  planSeq: z.number(),
  fromMs: z.number(),
  toMs: z.number(),
  /** Above this many chunks on screen, chunks are grouped into `bins`. */
  maxChunks: z.number(),
  bins: z.int().positive()
})
export type ViewRequest = z.infer<typeof ViewRequest>

export const PlanAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), totals: PlanTotalsSchema, warnings: z.array(PlanWarningSchema) }),
  z.object({ ok: z.literal(false), error: TimingErrorSchema })
])
export type PlanAnswer = z.infer<typeof PlanAnswer>

/** Several chunks drawn as one mark when too many share the screen. */
export const ChunkBin = z.object({
  start: z.number(),
  end: z.number(),
  /** 1-based chunk numbers, inclusive. */
  firstChunk: z.number(),
  lastChunk: z.number(),
  firstAt: z.number(),
  lastAt: z.number()
})
export type ChunkBin = z.infer<typeof ChunkBin>

const Span = z.object({ start: z.number(), end: z.number() })

export const TimelineView = z.object({
  fromMs: z.number(),
  toMs: z.number(),
  range: ChunkRangeSchema,
  /** Every chunk on screen, or null when they are grouped into bins. */
  chunks: z.array(ChunkTimingSchema).nullable(),
  bins: z.array(ChunkBin).nullable(),
  /** Open windows in the span; null when the plan has no business hours (always open). */
  open: z.array(Span).nullable()
})
export type TimelineView = z.infer<typeof TimelineView>

export const ViewAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), view: TimelineView }),
  z.object({ ok: z.literal(false), stale: z.literal(true) })
])
export type ViewAnswer = z.infer<typeof ViewAnswer>
