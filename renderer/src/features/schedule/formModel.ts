import { DateTime } from 'luxon'
import {
  DEFAULT_TIME_ZONE,
  WEEKDAYS,
  type CampaignInput,
  type Weekday,
  type WeeklyHours,
  type WhatsAppTier
} from '../../../../shared/timing'
import type { BusinessHoursSet } from '../../../../shared/ipc/schemas'

/** Where the plan's business hours come from: the account's set, the editor, or none (24 h). */
export type HoursSource = 'account' | 'editor' | 'none'

export interface EditorInterval {
  open: string
  close: string
}
export interface EditorDay {
  active: boolean
  intervals: EditorInterval[]
}
export type EditorWeek = Record<Weekday, EditorDay>

/**
 * What the user typed, as typed. The provider is not here: it is the campaign's
 * (campaignStore.ts), and both providers' fields live in this one form.
 */
export interface ScheduleForm {
  /** Leads for a what-if plan, used while no cleaned list gives a count. */
  leadsText: string
  startMode: 'now' | 'at'
  /** `YYYY-MM-DDTHH:mm`, a wall time in `timeZone`. */
  startLocal: string
  chunkSizeText: string
  messageGapText: string
  chunkGapText: string
  timeZone: string
  hoursSource: HoursSource
  selectedSetId: string | null
  editor: EditorWeek
  tier: WhatsAppTier
  maxConcurrentText: string
  averageCallText: string
  integraSequential: boolean
}

export type FieldKey =
  | 'leads'
  | 'start'
  | 'chunkSize'
  | 'messageGap'
  | 'chunkGap'
  | 'hours'
  | 'maxConcurrent'
  | 'averageCall'

/** What can be wrong with a field; the UI words each (messages.ts, `schedule.problems.*`). */
export type ProblemCode =
  | 'count'
  | 'tooMany'
  | 'positive'
  | 'seconds'
  | 'date'
  | 'pickSet'
  | 'intervals'
  | 'concurrent'
  | 'positiveSeconds'

/** Problem codes per field. */
export type FieldProblems = Partial<Record<FieldKey, ProblemCode>>

export const MAX_LEADS = 5_000_000
export const MAX_CONCURRENT = 10

const weekdayHours = (): EditorDay => ({
  active: true,
  intervals: [{ open: '09:00', close: '18:00' }]
})
const closedDay = (): EditorDay => ({
  active: false,
  intervals: [{ open: '09:00', close: '13:00' }]
})

export function defaultEditorWeek(): EditorWeek {
  return {
    mon: weekdayHours(),
    tue: weekdayHours(),
    wed: weekdayHours(),
    thu: weekdayHours(),
    fri: weekdayHours(),
    sat: closedDay(),
    sun: closedDay()
  }
}

/** Tomorrow at 09:00 in the zone: a sensible first suggestion. */
export function defaultStartLocal(now: number, timeZone: string): string {
  return DateTime.fromMillis(now, { zone: timeZone })
    .plus({ days: 1 })
    .set({ hour: 9, minute: 0, second: 0, millisecond: 0 })
    .toFormat("yyyy-MM-dd'T'HH:mm")
}

export function defaultForm(now: number): ScheduleForm {
  return {
    leadsText: '1000',
    startMode: 'at',
    startLocal: defaultStartLocal(now, DEFAULT_TIME_ZONE),
    chunkSizeText: '100',
    messageGapText: '15',
    chunkGapText: '600',
    timeZone: DEFAULT_TIME_ZONE,
    hoursSource: 'editor',
    selectedSetId: null,
    editor: defaultEditorWeek(),
    tier: 1000,
    maxConcurrentText: '3',
    averageCallText: '60',
    integraSequential: true
  }
}

/** A whole count as people type it: "10000", "10.000", "10 000". */
export function parseCount(text: string): number | null {
  const compact = text.trim().replace(/[.\s\u00a0]/g, '')
  if (!/^\d{1,16}$/.test(compact)) return null
  const value = Number(compact)
  return Number.isSafeInteger(value) ? value : null
}

/** Seconds, with a decimal comma or point: "15", "1,5". */
export function parseSeconds(text: string): number | null {
  const compact = text.trim().replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(compact)) return null
  const value = Number(compact)
  return Number.isFinite(value) && value <= 31_536_000 ? value : null
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/

/** Why one interval of the editor cannot be used, or null. A close of 00:00 means midnight. */
export function intervalProblem(interval: EditorInterval): 'clock' | 'order' | null {
  if (!CLOCK.test(interval.open) || !CLOCK.test(interval.close)) return 'clock'
  if (interval.close !== '00:00' && interval.close <= interval.open) return 'order'
  return null
}

export function editorHours(week: EditorWeek): WeeklyHours | null {
  const hours: WeeklyHours = {}
  for (const day of WEEKDAYS) {
    const { active, intervals } = week[day]
    if (active && intervals.some((i) => intervalProblem(i) !== null)) return null
    hours[day] = { active, hours: intervals.map((i): [string, string] => [i.open, i.close]) }
  }
  return hours
}

/** The start instant of the form, or null when the typed date does not parse. */
export function startInstant(form: ScheduleForm, now: number): number | null {
  if (form.startMode === 'now') return now
  const at = DateTime.fromISO(form.startLocal, { zone: form.timeZone })
  return at.isValid ? at.toMillis() : null
}

export interface BuildContext {
  /** Leads the Limpar step will launch; null: use the what-if count typed here. */
  launchableCount: number | null
  now: number
  sets: readonly BusinessHoursSet[]
}

export type BuiltInput = { ok: true; input: CampaignInput } | { ok: false; problems: FieldProblems }

export function leadCount(form: ScheduleForm, launchableCount: number | null): number | null {
  if (launchableCount !== null) return launchableCount
  const n = parseCount(form.leadsText)
  return n !== null && n <= MAX_LEADS ? n : null
}

/** The hours the plan uses: undefined for 24 h, null when they cannot be had. */
export function planHours(
  form: ScheduleForm,
  sets: readonly BusinessHoursSet[]
): WeeklyHours | undefined | null {
  if (form.hoursSource === 'none') return undefined
  if (form.hoursSource === 'account') {
    return sets.find((s) => s.id === form.selectedSetId)?.hours ?? null
  }
  return editorHours(form.editor)
}

/** The Kinbox plan's input, or what is wrong with the form. */
export function buildCampaignInput(form: ScheduleForm, context: BuildContext): BuiltInput {
  const problems: FieldProblems = {}
  const n = leadCount(form, context.launchableCount)
  if (n === null) problems.leads = parseCount(form.leadsText) === null ? 'count' : 'tooMany'
  const chunkSize = parseCount(form.chunkSizeText)
  if (chunkSize === null || chunkSize < 1) problems.chunkSize = 'positive'
  const messageGap = parseSeconds(form.messageGapText)
  if (messageGap === null) problems.messageGap = 'seconds'
  const chunkGap = parseSeconds(form.chunkGapText)
  if (chunkGap === null) problems.chunkGap = 'seconds'
  const start = startInstant(form, context.now)
  if (start === null) problems.start = 'date'
  const hours = planHours(form, context.sets)
  if (hours === null) problems.hours = form.hoursSource === 'account' ? 'pickSet' : 'intervals'
  if (
    n === null ||
    chunkSize === null ||
    chunkSize < 1 ||
    messageGap === null ||
    chunkGap === null ||
    start === null ||
    hours === null
  ) {
    return { ok: false, problems }
  }
  const input: CampaignInput = {
    n,
    chunkSize,
    secondsBetweenMessages: messageGap,
    secondsBetweenChunks: chunkGap,
    start,
    timeZone: form.timeZone
  }
  if (hours) input.hours = hours
  return { ok: true, input }
}

export interface IntegraFormValues {
  n: number
  maxConcurrent: number
  averageCallSeconds: number
  start: number
}

export function buildIntegraInput(
  form: ScheduleForm,
  context: BuildContext
): { ok: true; values: IntegraFormValues } | { ok: false; problems: FieldProblems } {
  const problems: FieldProblems = {}
  const n = leadCount(form, context.launchableCount)
  if (n === null) problems.leads = parseCount(form.leadsText) === null ? 'count' : 'tooMany'
  const maxConcurrent = parseCount(form.maxConcurrentText)
  if (maxConcurrent === null || maxConcurrent < 1 || maxConcurrent > MAX_CONCURRENT) {
    problems.maxConcurrent = 'concurrent'
  }
  const averageCallSeconds = parseSeconds(form.averageCallText)
  if (averageCallSeconds === null || averageCallSeconds <= 0)
    problems.averageCall = 'positiveSeconds'
  const start = startInstant(form, context.now)
  if (start === null) problems.start = 'date'
  if (
    n === null ||
    maxConcurrent === null ||
    problems.maxConcurrent ||
    averageCallSeconds === null ||
    problems.averageCall ||
    start === null
  ) {
    return { ok: false, problems }
  }
  return { ok: true, values: { n, maxConcurrent, averageCallSeconds, start } }
}
