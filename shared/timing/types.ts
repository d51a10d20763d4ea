import type { WeeklyHours } from './businessHours'

export interface CampaignInput {
  /** Leads to send: valid, not duplicate, not excluded. */
  n: number
  chunkSize: number
  secondsBetweenMessages: number
  secondsBetweenChunks: number
  /** The first message's instant (epoch ms); moved to the next opening when hours are closed. */
  start: number
  /** Kinbox business hours; absent means the campaign sends around the clock. */
  hours?: WeeklyHours
  /** IANA zone of the hours (or a fixed `UTC-03:00`); default America/Sao_Paulo. */
  timeZone?: string
}

/** One chunk's timing; `chunk` is 1-based as shown to the user. Times are epoch ms. */
export interface ChunkTiming {
  chunk: number
  size: number
  firstAt: number
  lastAt: number
}

/** Messages sent on one local date of the plan's zone ("2026-12-07"). */
export interface DayCount {
  date: string
  count: number
}

/** Plain data (structured-clone safe, e.g. to post from a worker). Times are epoch ms. */
export interface PlanTotals {
  n: number
  chunkSize: number
  timeZone: string
  chunksCount: number
  /** First send (the start, or the next opening after it); null when n = 0. */
  firstSendAt: number | null
  /** `finishedAtPrediction`: the last message; null when n = 0. */
  finishedAt: number | null
  /** From the first send to the last, closed hours included. */
  durationMs: number
  /** The sending rate while open: (n − 1) gaps over the time they take; null if instantaneous. */
  messagesPerHour: number | null
  /** Calendar days from the first send's date to the finish's date, both counted. */
  daysSpanned: number
  /** Sending days only, in order. */
  perDay: DayCount[]
}

/** A half-open range of 0-based chunk indexes. */
export interface ChunkRange {
  from: number
  to: number
}

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

export type TimingError =
  | { code: 'no_open_hours' }
  | {
      code: 'invalid_input'
      field:
        'n' | 'chunkSize' | 'secondsBetweenMessages' | 'secondsBetweenChunks' | 'start' | 'timeZone'
    }

/** planCampaign never throws for bad input: it answers with one of these. */
export type PlanResult = { ok: true; plan: CampaignPlan } | { ok: false; error: TimingError }
