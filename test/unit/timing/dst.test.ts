import { describe, expect, it } from 'vitest'
import { dayWindows, compileHours } from '../../../shared/timing/windows'
import { formatInstant, resolveZone, wallInstant } from '../../../shared/timing/zone'
import { at, plan, weekdays } from './helpers'

const NY = 'America/New_York'
const ny = (ms: number | null | undefined): string | null =>
  ms === null || ms === undefined ? null : formatInstant(ms, NY)
const zone = resolveZone(NY)
if (!zone) throw new Error('tz database missing America/New_York')
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000

describe('America/New_York across the 2026-11-01 change (EDT → EST)', () => {
  it('opens at 09:00 local on both sides of the change, whatever the offset', () => {
    const p = plan({
      n: 40,
      chunkSize: 10,
      secondsBetweenMessages: 60,
      secondsBetweenChunks: 3600,
      start: at('2026-10-30T15:00:00-04:00'), // Friday
      hours: weekdays([['09:00', '17:00']]),
      timeZone: NY
    })
    const chunks = p.chunks(0, 4).map((c) => [ny(c.firstAt), ny(c.lastAt)])
    expect(chunks).toEqual([
      ['2026-10-30T15:00:00-04:00', '2026-10-30T15:09:00-04:00'],
      ['2026-10-30T16:09:00-04:00', '2026-10-30T16:18:00-04:00'],
      // 17:18 is closed: Monday 09:00 EST, which is 14:00Z, not 13:00Z.
      ['2026-11-02T09:00:00-05:00', '2026-11-02T09:09:00-05:00'],
      ['2026-11-02T10:09:00-05:00', '2026-11-02T10:18:00-05:00']
    ])
    expect(new Date(p.chunks(2, 1)[0]?.firstAt ?? 0).toISOString()).toBe('2026-11-02T14:00:00.000Z')
    expect(p.perDay).toEqual([
      { date: '2026-10-30', count: 20 },
      { date: '2026-11-02', count: 20 }
    ])
  })

  it('counts elapsed time, not wall time, without hours (the 25-hour day)', () => {
    const p = plan({
      n: 2,
      chunkSize: 1,
      secondsBetweenMessages: 0,
      secondsBetweenChunks: 24 * 3600,
      start: at('2026-10-31T12:00:00-04:00'),
      timeZone: NY
    })
    expect(ny(p.finishedAt)).toBe('2026-11-01T11:00:00-05:00')
  })

  it('gives the night of the change its extra hour when open until midnight', () => {
    const sunday = compileHours({ sun: { active: true, hours: [['00:00', '00:00']] } })
    const [w] = dayWindows(sunday, zone, dayNumber('2026-11-01'))
    expect(((w?.end ?? 0) - (w?.start ?? 0)) / 3_600_000).toBe(25)
  })
})

describe('local times that DST skips or repeats', () => {
  it('maps a skipped time to the jump (02:30 on 2026-03-08 → 03:00 EDT)', () => {
    expect(ny(wallInstant(dayNumber('2026-03-08'), 2.5 * 3600, zone))).toBe(
      '2026-03-08T03:00:00-04:00'
    )
  })

  it('maps a repeated time to its first occurrence (01:30 on 2026-11-01 → EDT)', () => {
    expect(ny(wallInstant(dayNumber('2026-11-01'), 1.5 * 3600, zone))).toBe(
      '2026-11-01T01:30:00-04:00'
    )
  })

  it('drops a window that the spring jump swallows, and never sends in it', () => {
    const hours = { sun: { active: true, hours: [['02:00', '02:45']] as [string, string][] } }
    expect(dayWindows(compileHours(hours), zone, dayNumber('2026-03-08'))).toEqual([])
    const p = plan({
      n: 1,
      chunkSize: 1,
      secondsBetweenMessages: 1,
      secondsBetweenChunks: 1,
      start: at('2026-03-07T12:00:00-05:00'),
      hours,
      timeZone: NY
    })
    expect(ny(p.finishedAt)).toBe('2026-03-15T02:00:00-04:00')
  })
})

describe('zones with no DST', () => {
  it('keeps São Paulo at -03:00 all year (no DST since 2019)', () => {
    const p = plan({
      n: 2,
      chunkSize: 1,
      secondsBetweenMessages: 0,
      secondsBetweenChunks: 180 * 86_400,
      start: at('2026-06-01T09:00:00-03:00')
    })
    expect(formatInstant(p.finishedAt ?? 0, 'America/Sao_Paulo')).toBe('2026-11-28T09:00:00-03:00')
  })
})
