import fc from 'fast-check'
import type { WeeklyHours } from '../../../shared/timing/businessHours'
import type { CampaignInput } from '../../../shared/timing/types'

const pad = (v: number): string => String(v).padStart(2, '0')
/** Quarter hours since midnight; 96 is written "00:00", as Kinbox writes midnight. */
const clock = (q: number): string =>
  q === 96 ? '00:00' : `${pad(Math.floor(q / 4))}:${pad((q % 4) * 15)}`

/** Intervals between `minQ` and 24:00; some are empty or reversed on purpose (they are ignored). */
const interval = (minQ: number) =>
  fc
    .tuple(fc.integer({ min: minQ, max: 95 }), fc.integer({ min: minQ + 1, max: 96 }))
    .map(([open, close]): [string, string] => [clock(open), clock(close)])

const day = (minQ: number) =>
  fc.option(
    fc.record({ active: fc.boolean(), hours: fc.array(interval(minQ), { maxLength: 3 }) }),
    {
      nil: undefined
    }
  )

export const weeklyHours = (minQ = 0): fc.Arbitrary<WeeklyHours> =>
  fc.record({
    mon: day(minQ),
    tue: day(minQ),
    wed: day(minQ),
    thu: day(minQ),
    fri: day(minQ),
    sat: day(minQ),
    sun: day(minQ)
  })

// Zones with DST in either hemisphere, a half-hour DST (Lord Howe) and none at all.
export const ZONES = [
  'America/Sao_Paulo',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata'
] as const

const START_MIN = Date.parse('2026-01-01T00:00:00Z')
const START_MAX = Date.parse('2027-12-31T00:00:00Z')

export interface InputOptions {
  maxN?: number
  withHours?: boolean
  zones?: readonly string[]
  minQuarter?: number
}

export const campaignInput = (o: InputOptions = {}): fc.Arbitrary<CampaignInput> =>
  fc.record({
    n: fc.integer({ min: 0, max: o.maxN ?? 400 }),
    chunkSize: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 300 })),
    secondsBetweenMessages: fc.oneof(
      fc.integer({ min: 0, max: 120 }),
      fc.integer({ min: 0, max: 20_000 })
    ),
    secondsBetweenChunks: fc.oneof(
      fc.integer({ min: 0, max: 3600 }),
      fc.integer({ min: 0, max: 200_000 })
    ),
    // Whole quarter hours make sends land exactly on openings and closings.
    start: fc.oneof(
      fc.integer({ min: START_MIN, max: START_MAX }),
      fc.integer({ min: START_MIN / 900_000, max: START_MAX / 900_000 }).map((q) => q * 900_000)
    ),
    hours: o.withHours === false ? fc.constant(undefined) : weeklyHours(o.minQuarter ?? 0),
    timeZone: fc.constantFrom(...(o.zones ?? ZONES))
  })
