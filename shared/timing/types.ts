import { z } from 'zod'
import { WeeklyHoursSchema } from './businessHours'

export const CampaignInputSchema = z.object({
  /** Leads to send: valid, not duplicate, not excluded. */
  n: z.number(),
  chunkSize: z.number(),
  secondsBetweenMessages: z.number(),
  secondsBetweenChunks: z.number(),
  /** The first message's instant (epoch ms); moved to the next opening when hours are closed. */
  start: z.number(),
  /** Kinbox business hours; absent means the campaign sends around the clock. */
  hours: WeeklyHoursSchema.optional(),
  /** IANA zone of the hours (or a fixed `UTC-03:00`); default America/Sao_Paulo. */
  timeZone: z.string().optional()
})
export type CampaignInput = z.infer<typeof CampaignInputSchema>

/** One chunk's timing; `chunk` is 1-based as shown to the user. Times are epoch ms. */
export const ChunkTimingSchema = z.object({
  chunk: z.number(),
  size: z.number(),
  firstAt: z.number(),
  lastAt: z.number()
})
export type ChunkTiming = z.infer<typeof ChunkTimingSchema>

/** Messages sent on one local date of the plan's zone ("2026-12-07"). */
export const DayCountSchema = z.object({ date: z.string(), count: z.number() })
export type DayCount = z.infer<typeof DayCountSchema>

/** Plain data (structured-clone safe, e.g. to post from a worker). Times are epoch ms. */
export const PlanTotalsSchema = z.object({
  n: z.number(),
  chunkSize: z.number(),
  timeZone: z.string(),
  chunksCount: z.number(),
  /** First send (the start, or the next opening after it); null when n = 0. */
  firstSendAt: z.number().nullable(),
  /** `finishedAtPrediction`: the last message; null when n = 0. */
  finishedAt: z.number().nullable(),
  /** From the first send to the last, closed hours included. */
  durationMs: z.number(),
  /** The sending rate while open: (n − 1) gaps over the time they take; null if instantaneous. */
  messagesPerHour: z.number().nullable(),
  /** Calendar days from the first send's date to the finish's date, both counted. */
  daysSpanned: z.number(),
  /** Sending days only, in order. */
  perDay: z.array(DayCountSchema)
})
export type PlanTotals = z.infer<typeof PlanTotalsSchema>

/** A half-open range of 0-based chunk indexes. */
export const ChunkRangeSchema = z.object({ from: z.number(), to: z.number() })
export type ChunkRange = z.infer<typeof ChunkRangeSchema>

export interface CampaignPlan extends PlanTotals {
  /** Chunks `from` (0-based index) onward, at most `count`, computed on demand. */
  chunks(from: number, count: number): ChunkTiming[]
  /** Chunks with any message in `[fromMs, toMs)`: what a timeline shows for that span. */
  chunkRangeBetween(fromMs: number, toMs: number): ChunkRange
  /** Send time of message `index` (0-based over the whole list). */
  sendTimeOf(index: number): number
  /** Like sendTimeOf, but O(1) per call when indexes only grow: for sweeps over every send. */
  sendTimeSweeper(): (index: number) => number
  /** Open windows overlapping `[fromMs, toMs)`, clipped to it (closed hours are the gaps). */
  openWindowsBetween(fromMs: number, toMs: number): { start: number; end: number }[]
}

export const TimingErrorSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('no_open_hours') }),
  z.object({
    code: z.literal('invalid_input'),
    field: z.enum([
      'n',
      'chunkSize',
      'secondsBetweenMessages',
      'secondsBetweenChunks',
      'start',
      'timeZone'
    ])
  })
])
export type TimingError = z.infer<typeof TimingErrorSchema>

/** planCampaign never throws for bad input: it answers with one of these. */
export type PlanResult = { ok: true; plan: CampaignPlan } | { ok: false; error: TimingError }
