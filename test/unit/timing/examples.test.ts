import { describe, expect, it } from 'vitest'
import { at, EXAMPLE_2_HOURS, EXAMPLE_3_HOURS, plan, sp } from './helpers'

// timing.md, "Worked examples (all must hold exactly)".
describe('worked example 1: no business hours', () => {
  const p = plan({
    n: 250,
    chunkSize: 100,
    secondsBetweenMessages: 10,
    secondsBetweenChunks: 600,
    start: at('2026-12-01T09:00:00-03:00')
  })

  it('has 3 chunks of 100, 100 and 50 at the documented times', () => {
    expect(p.chunksCount).toBe(3)
    expect(p.chunks(0, 10).map((c) => [c.chunk, c.size, sp(c.firstAt), sp(c.lastAt)])).toEqual([
      [1, 100, '2026-12-01T09:00:00-03:00', '2026-12-01T09:16:30-03:00'],
      [2, 100, '2026-12-01T09:26:30-03:00', '2026-12-01T09:43:00-03:00'],
      [3, 50, '2026-12-01T09:53:00-03:00', '2026-12-01T10:01:10-03:00']
    ])
  })

  it('finishes at 10:01:10 after 1 h 1 min 10 s, all on one day', () => {
    expect(sp(p.finishedAt)).toBe('2026-12-01T10:01:10-03:00')
    expect(sp(p.firstSendAt)).toBe('2026-12-01T09:00:00-03:00')
    expect(p.durationMs).toBe((3600 + 70) * 1000)
    expect(p.daysSpanned).toBe(1)
    expect(p.perDay).toEqual([{ date: '2026-12-01', count: 250 }])
  })
})

describe('worked example 2: Friday afternoon start, Mon–Fri 09:00–18:00', () => {
  const p = plan({
    n: 10_000,
    chunkSize: 500,
    secondsBetweenMessages: 15,
    secondsBetweenChunks: 1800,
    start: at('2026-12-04T16:00:00-03:00'),
    hours: EXAMPLE_2_HOURS
  })

  it('has 20 chunks', () => expect(p.chunksCount).toBe(20))

  it('runs chunk 1 from Friday 16:00:00 until Monday 09:04:45', () => {
    const [first, second] = p.chunks(0, 2)
    expect(first).toMatchObject({ chunk: 1, size: 500 })
    expect(sp(first?.firstAt ?? null)).toBe('2026-12-04T16:00:00-03:00')
    expect(sp(first?.lastAt ?? null)).toBe('2026-12-07T09:04:45-03:00')
    expect(sp(second?.firstAt ?? null)).toBe('2026-12-07T09:34:45-03:00')
  })

  it('finishes on 2026-12-14 at 13:05:00', () => {
    expect(sp(p.finishedAt)).toBe('2026-12-14T13:05:00-03:00')
    expect(sp(p.chunks(19, 5)[0]?.lastAt ?? null)).toBe('2026-12-14T13:05:00-03:00')
  })

  it('sends nothing on the weekend: Friday takes the 480 that fit before 18:00', () => {
    expect(p.perDay[0]).toEqual({ date: '2026-12-04', count: 480 })
    expect(p.perDay.map((d) => d.date)).not.toContain('2026-12-05')
    expect(p.perDay.reduce((sum, d) => sum + d.count, 0)).toBe(10_000)
    expect(p.daysSpanned).toBe(11)
  })
})

describe('worked example 3: Saturday 07:00 start, split weekdays and Saturday morning', () => {
  const p = plan({
    n: 1200,
    chunkSize: 200,
    secondsBetweenMessages: 30,
    secondsBetweenChunks: 900,
    start: at('2026-12-05T07:00:00-03:00'),
    hours: EXAMPLE_3_HOURS
  })
  const chunks = p.chunks(0, 6)
  const first = (i: number) => sp(chunks[i]?.firstAt ?? null)
  const last = (i: number) => sp(chunks[i]?.lastAt ?? null)

  it('has 6 chunks, the first starting at the Saturday opening, 09:00:00', () => {
    expect(p.chunksCount).toBe(6)
    expect(first(0)).toBe('2026-12-05T09:00:00-03:00')
    expect(sp(p.firstSendAt)).toBe('2026-12-05T09:00:00-03:00')
  })

  it('runs chunk 3 from 12:49:00 over the weekend to Monday 09:28:30', () => {
    expect(first(2)).toBe('2026-12-05T12:49:00-03:00')
    expect(last(2)).toBe('2026-12-07T09:28:30-03:00')
  })

  it('runs chunk 5 across the lunch break, 11:38:00 to 14:47:30', () => {
    expect(first(4)).toBe('2026-12-07T11:38:00-03:00')
    expect(last(4)).toBe('2026-12-07T14:47:30-03:00')
  })

  it('finishes on Monday 2026-12-07 at 16:42:00', () => {
    expect(sp(p.finishedAt)).toBe('2026-12-07T16:42:00-03:00')
    expect(p.perDay).toEqual([
      { date: '2026-12-05', count: 422 },
      { date: '2026-12-07', count: 778 }
    ])
    expect(p.daysSpanned).toBe(3)
  })
})
