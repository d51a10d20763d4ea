import type { Zone } from 'luxon'
import { clockSeconds, type WeeklyHours } from './businessHours'
import { localDayOf, wallInstant, weekdayOfDay } from './zone'

/** `[open, close)` in seconds after local midnight, sorted and merged. */
export type DayIntervals = readonly (readonly [number, number])[]
/** Index 0 = Sunday … 6 = Saturday, like Date#getDay. */
export type WeekIntervals = readonly DayIntervals[]

/** An open window as instants; `day` is its local day number (see zone.ts). */
export interface OpenWindow {
  start: number
  end: number
  day: number
}

// Kinbox keys by weekday index (0 = Sunday).
const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

/** Per-weekday intervals in seconds; a missing or inactive day is closed, empty pairs dropped. */
export function compileHours(hours: WeeklyHours): WeekIntervals {
  return KEYS.map((key) => {
    const day = hours[key]
    if (!day?.active) return []
    const pairs = day.hours
      .map(([open, close]): [number, number] => [
        clockSeconds(open, false),
        clockSeconds(close, true)
      ])
      .filter(([open, close]) => open < close)
    return mergeIntervals(pairs)
  })
}

function mergeIntervals(pairs: [number, number][]): DayIntervals {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const [open, close] of sorted) {
    const last = merged.at(-1)
    if (last && open <= last[1]) last[1] = Math.max(last[1], close)
    else merged.push([open, close])
  }
  return merged
}

export function hasOpenWindow(week: WeekIntervals): boolean {
  return week.some((day) => day.length > 0)
}

/** The open windows of one local day; with no hours the whole day is one window. */
export function dayWindows(week: WeekIntervals | null, zone: Zone, day: number): OpenWindow[] {
  const intervals = week ? (week[weekdayOfDay(day)] ?? []) : [[0, 86_400] as const]
  if (intervals.length === 0) return []
  const toInstant = dayClock(zone, day)
  const windows: OpenWindow[] = []
  for (const [open, close] of intervals) {
    const start = toInstant(open)
    const end = toInstant(close)
    // A window swallowed by a DST jump is empty that day.
    if (start < end) windows.push({ start, end, day })
  }
  return windows
}

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/**
 * Local seconds-of-day (0 … 86,400) to instants for one day. Most days have one offset from
 * before their midnight to after the next one: then it is plain arithmetic; days with a DST
 * change take the careful path (zone.ts).
 */
function dayClock(zone: Zone, day: number): (seconds: number) => number {
  const wall = day * DAY_MS
  const offset = zone.offset(wall - 18 * HOUR_MS)
  if (offset !== zone.offset(wall + 42 * HOUR_MS)) {
    return (seconds) =>
      seconds >= 86_400 ? wallInstant(day + 1, 0, zone) : wallInstant(day, seconds, zone)
  }
  return (seconds) => wall + seconds * 1000 - offset * 60_000
}

// A week always has a window unless DST swallows it; five weeks is beyond any real zone.
const MAX_DAYS_AHEAD = 35

/** Finds open windows moving forward in time, caching each local day's window instants. */
export class WindowCursor {
  private readonly cache = new Map<number, OpenWindow[]>()

  constructor(
    private readonly week: WeekIntervals | null,
    private readonly zone: Zone
  ) {}

  /** The window containing `t`, or else the next one to open after it. */
  windowAt(t: number): OpenWindow {
    const first = localDayOf(t, this.zone)
    for (let day = first; day < first + MAX_DAYS_AHEAD; day++) {
      for (const window of this.windowsOf(day)) if (window.end > t) return window
    }
    throw new Error('no_open_hours')
  }

  private windowsOf(day: number): OpenWindow[] {
    let windows = this.cache.get(day)
    if (!windows) {
      windows = dayWindows(this.week, this.zone, day)
      this.cache.set(day, windows)
    }
    return windows
  }
}
