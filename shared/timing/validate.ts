import type { Zone } from 'luxon'
import type { CampaignInput, TimingError } from './types'
import { compileHours, hasOpenWindow, type WeekIntervals } from './windows'
import { DEFAULT_TIME_ZONE, resolveZone } from './zone'
import type { Cadence } from './cadence'

export interface CheckedInput {
  cadence: Cadence
  start: number
  zone: Zone
  timeZone: string
  week: WeekIntervals | null
}

const isCount = (v: number, min: number): boolean => Number.isSafeInteger(v) && v >= min
const isSeconds = (v: number): boolean => Number.isFinite(v) && v >= 0

/** Checks the input and turns it into whole-millisecond gaps and per-weekday intervals. */
export function checkInput(input: CampaignInput): CheckedInput | TimingError {
  const invalid = (field: Extract<TimingError, { field: unknown }>['field']): TimingError => ({
    code: 'invalid_input',
    field
  })
  if (!isCount(input.n, 0)) return invalid('n')
  if (!isCount(input.chunkSize, 1)) return invalid('chunkSize')
  if (!isSeconds(input.secondsBetweenMessages)) return invalid('secondsBetweenMessages')
  if (!isSeconds(input.secondsBetweenChunks)) return invalid('secondsBetweenChunks')
  if (!Number.isFinite(input.start)) return invalid('start')
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE
  const zone = resolveZone(timeZone)
  if (!zone) return invalid('timeZone')
  const week = input.hours ? compileHours(input.hours) : null
  if (week && !hasOpenWindow(week)) return { code: 'no_open_hours' }
  const cadence: Cadence = {
    n: input.n,
    chunkSize: input.chunkSize,
    messageGapMs: Math.round(input.secondsBetweenMessages * 1000),
    chunkGapMs: Math.round(input.secondsBetweenChunks * 1000)
  }
  return { cadence, start: Math.round(input.start), zone, timeZone, week }
}
