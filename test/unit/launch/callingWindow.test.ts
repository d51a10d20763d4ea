import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { buildLaunchPlan } from '../../../shared/launch/buildPlan'
import { clockSeconds, type WeeklyHours } from '../../../shared/timing/businessHours'
import {
  DEFAULT_CALLING_WINDOW,
  scheduleCalls,
  type CallingWindowSpec,
  type ScheduledCalls
} from '../../../shared/timing/callingWindow'
import { brazilianHolidaysBetween } from '../../../shared/timing/holidays'
import { compileHours, hasOpenWindow } from '../../../shared/timing/windows'
import { weeklyHours } from '../timing/arbitraries'
import { INTEGRA_SETTINGS, integraInput, leads, planOf } from './helpers'

const at = (iso: string): number => Date.parse(iso)
const iso = (ms: number): string =>
  DateTime.fromMillis(ms, { zone: 'America/Sao_Paulo' }).toISO({ suppressMilliseconds: true })!

/** Schedules one part, failing the test on an error. */
function one(start: string, seconds: number, spec = DEFAULT_CALLING_WINDOW): ScheduledCalls {
  const result = scheduleCalls(spec, at(start), [seconds])
  if (!result.ok) throw new Error(result.error)
  return result.parts[0]!
}

describe('the default calling window (Mon–Fri 09–20, Sat 10–16, São Paulo)', () => {
  it('keeps a Friday 19:30 start and pauses the estimate overnight, with a warning', () => {
    const part = one('2026-12-04T19:30:00-03:00', 3600)
    expect([iso(part.startAt), iso(part.endAt)]).toEqual([
      '2026-12-04T19:30:00-03:00',
      '2026-12-05T10:30:00-03:00'
    ])
    expect(part.runsPastWindow).toBe(true)
    expect(iso(part.windowEndAt)).toBe('2026-12-04T20:00:00-03:00')

    // The same through the plan: 100 calls, 2 at a time, 72 s each = 1 h.
    const plan = planOf(
      buildLaunchPlan(
        integraInput(leads(100), {
          start: at('2026-12-04T19:30:00-03:00'),
          integra: { ...INTEGRA_SETTINGS, config: { max_concurrent: 2 }, averageCallSeconds: 72 }
        })
      )
    )
    expect(plan.parts[0]).toMatchObject({
      scheduledAt: '2026-12-04T19:30:00-03:00',
      expectedEndAt: '2026-12-05T10:30:00-03:00',
      warnings: ['part_runs_past_window:1']
    })
  })

  it('moves a start at the close (20:00 is not open) to Saturday 10:00', () => {
    const part = one('2026-12-04T20:00:00-03:00', 600)
    expect(iso(part.startAt)).toBe('2026-12-05T10:00:00-03:00')
    expect(part).toMatchObject({ movedToOpening: true, runsPastWindow: false })
    const plan = planOf(
      buildLaunchPlan(integraInput(leads(2), { start: at('2026-12-04T20:00:00-03:00') }))
    )
    expect(plan.warnings).toContain('start_moved_to_window')
    expect(plan.parts[0]!.scheduledAt).toBe('2026-12-05T10:00:00-03:00')
  })

  it('never starts on a Sunday', () => {
    expect(iso(one('2026-12-06T12:00:00-03:00', 60).startAt)).toBe('2026-12-07T09:00:00-03:00')
  })

  it('skips national holidays, when starting and while a part runs', () => {
    // 2026-12-25 (Christmas) is a Friday.
    expect(iso(one('2026-12-25T10:00:00-03:00', 60).startAt)).toBe('2026-12-26T10:00:00-03:00')
    const across = one('2026-12-24T19:00:00-03:00', 2 * 3600)
    expect(iso(across.endAt)).toBe('2026-12-26T11:00:00-03:00')
    // Tiradentes, a Tuesday.
    expect(iso(one('2026-04-21T09:00:00-03:00', 60).startAt)).toBe('2026-04-22T09:00:00-03:00')
  })

  it('calls on holidays when the user says so', () => {
    const open = { ...DEFAULT_CALLING_WINDOW, skipHolidays: false }
    expect(iso(one('2026-12-25T10:00:00-03:00', 60, open).startAt)).toBe(
      '2026-12-25T10:00:00-03:00'
    )
  })

  it('does not flag a part that ends exactly at the close; the next starts at the next opening', () => {
    const result = scheduleCalls(
      DEFAULT_CALLING_WINDOW,
      at('2026-12-05T15:00:00-03:00'),
      [3600, 60]
    )
    if (!result.ok) throw new Error(result.error)
    const [first, second] = result.parts
    expect([iso(first!.endAt), first!.runsPastWindow]).toEqual(['2026-12-05T16:00:00-03:00', false])
    expect(iso(second!.startAt)).toBe('2026-12-07T09:00:00-03:00')
  })
})

describe('an edited calling window', () => {
  it("uses the window's own zone for the offset", () => {
    const manaus: CallingWindowSpec = {
      hours: { mon: { active: true, hours: [['08:00', '12:00']] } },
      timeZone: 'America/Manaus'
    }
    const plan = planOf(
      buildLaunchPlan(
        integraInput(leads(3), {
          start: at('2026-12-01T09:00:00-03:00'),
          integra: { ...INTEGRA_SETTINGS, callingWindow: { ...manaus, skipHolidays: true } }
        })
      )
    )
    expect(plan.parts[0]!.scheduledAt).toBe('2026-12-07T08:00:00-04:00')
  })

  it('answers no_open_hours and invalid_time_zone instead of looping or throwing', () => {
    expect(scheduleCalls({ hours: {}, timeZone: 'America/Sao_Paulo' }, 0, [60])).toEqual({
      ok: false,
      error: 'no_open_hours'
    })
    expect(scheduleCalls({ ...DEFAULT_CALLING_WINDOW, timeZone: 'Mars/Olympus' }, 0, [60])).toEqual(
      { ok: false, error: 'invalid_time_zone' }
    )
  })
})

/** Independent check: the local clock of `ms` is inside one of the day's [open, close). */
function isOpen(ms: number, spec: CallingWindowSpec, holidays: ReadonlySet<string>): boolean {
  const local = DateTime.fromMillis(ms, { zone: spec.timeZone })
  if (spec.skipHolidays !== false && holidays.has(local.toISODate()!)) return false
  const key = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)[local.weekday - 1]!
  const day = (spec.hours as WeeklyHours)[key]
  if (!day?.active) return false
  const seconds = local.hour * 3600 + local.minute * 60 + local.second
  return day.hours.some(
    ([open, close]) => clockSeconds(open, false) <= seconds && seconds < clockSeconds(close, true)
  )
}

describe('calling-window properties', () => {
  const holidays = new Set(
    brazilianHolidaysBetween('2025-12-01', '2029-12-31').map((holiday) => holiday.date)
  )
  const START_MIN = at('2026-01-01T00:00:00Z')
  const START_MAX = at('2027-12-31T00:00:00Z')

  it('starts every part inside an open window, in order, none overlapping', () => {
    fc.assert(
      fc.property(
        weeklyHours(),
        fc.constantFrom('America/Sao_Paulo', 'Asia/Kolkata', 'America/Manaus'),
        fc.boolean(),
        fc.integer({ min: START_MIN, max: START_MAX }),
        fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 6 }),
        (hours, timeZone, skipHolidays, start, durations) => {
          const spec = { hours, timeZone, skipHolidays }
          const result = scheduleCalls(spec, start, durations)
          if (!result.ok) {
            // Only a week that never opens may fail.
            expect([result.error, hasOpenWindow(compileHours(hours))]).toEqual([
              'no_open_hours',
              false
            ])
            return
          }
          expect(result.parts).toHaveLength(durations.length)
          result.parts.forEach((part, k) => {
            expect(isOpen(part.startAt, spec, holidays)).toBe(true)
            expect(part.startAt).toBeGreaterThanOrEqual(
              k === 0 ? start : result.parts[k - 1]!.endAt
            )
            // Counted in open time only: never shorter than the calls themselves.
            expect(part.endAt - part.startAt).toBeGreaterThanOrEqual(durations[k]! * 1000)
            if (!part.runsPastWindow) expect(part.endAt - part.startAt).toBe(durations[k]! * 1000)
            expect(part.runsPastWindow).toBe(part.endAt > part.windowEndAt)
          })
        }
      ),
      { numRuns: 200 }
    )
  })
})
