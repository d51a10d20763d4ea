import type { Zone } from 'luxon'
import type { WeeklyHours } from './businessHours'
import { brazilianHolidaysBetween } from './holidays'
import {
  compileHours,
  dayWindows,
  hasOpenWindow,
  type OpenWindow,
  type WeekIntervals
} from './windows'
import { DEFAULT_TIME_ZONE, localDayOf, resolveZone } from './zone'

/**
 * Calling hours for Integra (issue 10): Integra only takes a start time per campaign, so the
 * launch plan starts each part inside a calling window, one after another. A window is
 * Kinbox's weekly shape in the leads' zone; Brazilian national holidays are closed days.
 */
export interface CallingWindowSpec {
  hours: WeeklyHours
  timeZone: string
  /** Close Brazilian national holidays (default true). */
  skipHolidays?: boolean
}

const day = (open: string, close: string) => ({
  active: true,
  hours: [[open, close]] as [string, string][]
})
const closed = { active: false, hours: [] }

/** Mon–Fri 09:00–20:00, Sat 10:00–16:00, no Sundays. */
export const DEFAULT_CALLING_HOURS: WeeklyHours = {
  mon: day('09:00', '20:00'),
  tue: day('09:00', '20:00'),
  wed: day('09:00', '20:00'),
  thu: day('09:00', '20:00'),
  fri: day('09:00', '20:00'),
  sat: day('10:00', '16:00'),
  sun: closed
}

export const DEFAULT_CALLING_WINDOW: CallingWindowSpec = {
  hours: DEFAULT_CALLING_HOURS,
  timeZone: DEFAULT_TIME_ZONE,
  skipHolidays: true
}

export type CallingWindowError = 'no_open_hours' | 'invalid_time_zone'

const DAY_MS = 86_400_000
// A week always has a window unless holidays swallow it; ten weeks is beyond any calendar.
const MAX_DAYS_AHEAD = 70

/** Open calling windows moving forward in time, holidays closed, each day's windows cached. */
export class CallingCursor {
  private readonly cache = new Map<number, OpenWindow[]>()
  private readonly holidayYears = new Map<number, Set<number>>()

  constructor(
    private readonly week: WeekIntervals,
    readonly zone: Zone,
    private readonly skipHolidays: boolean
  ) {}

  /** The window containing `t`, or else the next one to open after it. */
  windowAt(t: number): OpenWindow {
    const first = localDayOf(t, this.zone)
    for (let d = first; d < first + MAX_DAYS_AHEAD; d++) {
      for (const window of this.windowsOf(d)) if (window.end > t) return window
    }
    throw new Error('no_open_hours')
  }

  /** The instant `ms` of open time after `t` (closed time does not count). */
  addOpenTime(t: number, ms: number): number {
    let at = t
    let left = ms
    for (;;) {
      const window = this.windowAt(at)
      at = Math.max(at, window.start)
      if (left <= window.end - at) return at + left
      left -= window.end - at
      at = window.end
    }
  }

  private windowsOf(d: number): OpenWindow[] {
    let windows = this.cache.get(d)
    if (!windows) {
      windows = this.isHoliday(d) ? [] : dayWindows(this.week, this.zone, d)
      this.cache.set(d, windows)
    }
    return windows
  }

  private isHoliday(d: number): boolean {
    if (!this.skipHolidays) return false
    const year = new Date(d * DAY_MS).getUTCFullYear()
    let days = this.holidayYears.get(year)
    if (!days) {
      const holidays = brazilianHolidaysBetween(`${year}-01-01`, `${year}-12-31`)
      days = new Set(holidays.map((h) => Date.parse(`${h.date}T00:00:00Z`) / DAY_MS))
      this.holidayYears.set(year, days)
    }
    return days.has(d)
  }
}

export function callingCursor(spec: CallingWindowSpec): CallingCursor | CallingWindowError {
  const zone = resolveZone(spec.timeZone)
  if (!zone) return 'invalid_time_zone'
  const week = compileHours(spec.hours)
  if (!hasOpenWindow(week)) return 'no_open_hours'
  return new CallingCursor(week, zone, spec.skipHolidays ?? true)
}

/** One part's place in the calling hours. Times are epoch ms, whole seconds. */
export interface ScheduledCalls {
  startAt: number
  /** Expected end: the duration counted in open time only (it may pause overnight). */
  endAt: number
  /** The close of the window the part starts in. */
  windowEndAt: number
  /** The start asked for was outside the window and moved to the next opening. */
  movedToOpening: boolean
  /** The part is expected to go on past `windowEndAt` (Integra will not pause it). */
  runsPastWindow: boolean
}

export type CallingScheduleResult =
  { ok: true; parts: ScheduledCalls[] } | { ok: false; error: CallingWindowError }

/**
 * Schedules parts one after another inside the window: part k starts when part k − 1 is
 * expected to end (or at the next opening after that), the first at `start` (or the next
 * opening). `durationsSeconds[k]` is part k's expected length of calling.
 */
export function scheduleCalls(
  spec: CallingWindowSpec,
  start: number,
  durationsSeconds: readonly number[]
): CallingScheduleResult {
  const cursor = callingCursor(spec)
  if (typeof cursor === 'string') return { ok: false, error: cursor }
  const parts: ScheduledCalls[] = []
  let wanted = ceilSecond(start)
  try {
    for (const seconds of durationsSeconds) {
      const window = cursor.windowAt(wanted)
      const startAt = Math.max(wanted, window.start)
      const endAt = ceilSecond(cursor.addOpenTime(startAt, Math.max(0, seconds) * 1000))
      parts.push({
        startAt,
        endAt,
        windowEndAt: window.end,
        movedToOpening: startAt !== wanted,
        runsPastWindow: endAt > window.end
      })
      wanted = endAt
    }
  } catch {
    return { ok: false, error: 'no_open_hours' }
  }
  return { ok: true, parts }
}

function ceilSecond(ms: number): number {
  return Math.ceil(ms / 1000) * 1000
}
