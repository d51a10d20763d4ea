import { DateTime, type Zone } from 'luxon'

export const DEFAULT_TIME_ZONE = 'America/Sao_Paulo'

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000

/** The tz-database zone for an IANA name (or a fixed `UTC±hh:mm`), or null when unknown. */
export function resolveZone(name: string): Zone | null {
  const zone = DateTime.fromMillis(0, { zone: name }).zone
  return zone.isValid ? zone : null
}

/** Local calendar day of an instant, as a day number (days since 1970-01-01). */
export function localDayOf(ms: number, zone: Zone): number {
  return Math.floor((ms + zone.offset(ms) * MINUTE_MS) / DAY_MS)
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** "2026-12-14" for a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The first instant at which the local clock of `day` reads at least `seconds` after midnight.
 * A wall time skipped by a DST jump maps to the jump itself; a repeated one to its first
 * occurrence (luxon would pick the later one, and shift skipped times past the jump).
 */
export function wallInstant(day: number, seconds: number, zone: Zone): number {
  const wall = day * DAY_MS + seconds * 1000
  const offsets = new Set([zone.offset(wall - 18 * 3600_000), zone.offset(wall + 18 * 3600_000)])
  let best = Number.POSITIVE_INFINITY
  for (const offset of offsets) {
    const candidate = wall - offset * MINUTE_MS
    if (zone.offset(candidate) === offset) best = Math.min(best, candidate)
  }
  return Number.isFinite(best) ? best : gapEnd(wall, [...offsets], zone)
}

// A skipped wall time: binary-search the transition, where the local clock passes `wall`.
function gapEnd(wall: number, offsets: number[], zone: Zone): number {
  let lo = wall - Math.max(...offsets) * MINUTE_MS
  let hi = wall - Math.min(...offsets) * MINUTE_MS
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (mid + zone.offset(mid) * MINUTE_MS >= wall) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** ISO 8601 with the zone's offset at that instant: `2026-12-14T13:05:00-03:00`. */
export function formatInstant(ms: number, zone: Zone | string): string {
  const text = DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })
  return text ?? new Date(ms).toISOString()
}
