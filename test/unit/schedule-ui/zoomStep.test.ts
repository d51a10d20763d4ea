import { describe, expect, it } from 'vitest'
import { viewRange, zoomStep } from '../../../renderer/src/features/schedule/scheduleStore'
import type { PlanTotals } from '../../../shared/timing/types'

const HOUR = 3_600_000
const start = Date.parse('2026-12-02T12:00:00Z')

const totals = (hours: number): PlanTotals =>
  ({
    n: 1000,
    chunkSize: 100,
    timeZone: 'America/Sao_Paulo',
    chunksCount: 10,
    firstSendAt: start,
    finishedAt: start + hours * HOUR,
    durationMs: hours * HOUR,
    messagesPerHour: null
  }) as PlanTotals

const length = (span: 'all' | 'week' | 'day', plan: PlanTotals): number => {
  const range = viewRange({ span, anchor: null }, plan)
  return range ? range.to - range.from : 0
}

describe('the timeline zoom (issue 15: "Aproximar" zoomed out on a 10-hour campaign)', () => {
  it('a 10-hour campaign seen whole has nothing closer: "Aproximar" never goes to a week', () => {
    const plan = totals(10)
    expect(zoomStep({ span: 'all', anchor: null }, plan, 1)).toBeNull()
    expect(zoomStep({ span: 'all', anchor: null }, plan, -1)).toBeNull()
    // "Um dia" is wider than the whole 10 hours: from there, "Afastar" goes back to it all.
    expect(zoomStep({ span: 'day', anchor: null }, plan, -1)).toBe('week')
  })

  it('a 3-day campaign zooms in to one day (a week would show more), and out again', () => {
    const plan = totals(72)
    expect(zoomStep({ span: 'all', anchor: null }, plan, 1)).toBe('day')
    expect(zoomStep({ span: 'day', anchor: null }, plan, -1)).toBe('week')
  })

  it('a month-long campaign goes all → week → day, and every step in shows less time', () => {
    const plan = totals(24 * 30)
    let zoom = { span: 'all' as const, anchor: null } as {
      span: 'all' | 'week' | 'day'
      anchor: null
    }
    const seen: string[] = []
    for (;;) {
      const next = zoomStep(zoom, plan, 1)
      if (next === null) break
      expect(length(next, plan)).toBeLessThan(length(zoom.span, plan))
      seen.push(next)
      zoom = { span: next, anchor: null }
    }
    expect(seen).toEqual(['week', 'day'])
  })
})
