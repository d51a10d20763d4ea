import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { clockSeconds } from '../../../shared/timing/businessHours'
import { planCampaign } from '../../../shared/timing/plan'
import type { CampaignInput, CampaignPlan } from '../../../shared/timing/types'
import { campaignInput } from './arbitraries'
import { referencePlan } from './reference'

const KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

/** Every chunk of a plan (fine for the small n used here). */
const allChunks = (p: CampaignPlan) => p.chunks(0, p.chunksCount)

describe('the fast plan agrees with the naive one-message-at-a-time model', () => {
  it('has identical chunks, finish and per-day counts on random inputs', () => {
    fc.assert(
      fc.property(campaignInput(), (input) => {
        const fast = planCampaign(input)
        const slow = referencePlan(input)
        if (slow === 'no_open_hours') {
          expect(fast).toEqual({ ok: false, error: { code: 'no_open_hours' } })
          return
        }
        if (!fast.ok) throw new Error(JSON.stringify(fast.error))
        expect(fast.plan.chunksCount).toBe(slow.chunksCount)
        expect(fast.plan.finishedAt).toBe(slow.finishedAt)
        expect(allChunks(fast.plan)).toEqual(slow.chunks)
        expect(new Map(fast.plan.perDay.map((d) => [d.date, d.count]))).toEqual(slow.perDay)
      }),
      { numRuns: 150 }
    )
  })

  it('agrees on larger lists too', () => {
    fc.assert(
      fc.property(campaignInput({ maxN: 5000 }), (input) => {
        const fast = planCampaign(input)
        const slow = referencePlan(input)
        expect(fast.ok).toBe(slow !== 'no_open_hours')
        if (slow === 'no_open_hours' || !fast.ok) return
        expect(fast.plan.finishedAt).toBe(slow.finishedAt)
        expect(allChunks(fast.plan)).toEqual(slow.chunks)
      }),
      { numRuns: 20 }
    )
  })
})

describe('plan invariants', () => {
  it('without hours, finishes at the closed form of timing.md', () => {
    fc.assert(
      fc.property(campaignInput({ withHours: false }), (input) => {
        const result = planCampaign(input)
        if (!result.ok) throw new Error(JSON.stringify(result.error))
        const { n, chunkSize, secondsBetweenMessages: m, secondsBetweenChunks: g, start } = input
        const chunks = Math.ceil(n / chunkSize)
        const expected = n === 0 ? null : start + ((n - chunks) * m + (chunks - 1) * g) * 1000
        expect(result.plan.chunksCount).toBe(chunks)
        expect(result.plan.finishedAt).toBe(expected)
      }),
      { numRuns: 150 }
    )
  })

  it('never sends outside an open window, read on the local wall clock', () => {
    // Zones and hours away from the DST switch hours, where wall clocks repeat or skip.
    const input = campaignInput({
      zones: ['America/Sao_Paulo', 'Asia/Kolkata', 'America/New_York'],
      minQuarter: 16
    })
    fc.assert(
      fc.property(input, (i) => {
        const result = planCampaign(i)
        if (!result.ok || !i.hours) return
        for (let g = 0; g < i.n; g++)
          expect(isOpenOnWallClock(i, result.plan.sendTimeOf(g))).toBe(true)
      }),
      { numRuns: 100 }
    )
  })

  it('has chunks of chunkSize (the last may be smaller) summing to n', () => {
    fc.assert(
      fc.property(campaignInput(), (input) => {
        const result = planCampaign(input)
        if (!result.ok) return
        const sizes = allChunks(result.plan).map((c) => c.size)
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(input.n)
        expect(sizes.slice(0, -1).every((s) => s === input.chunkSize)).toBe(true)
        expect(sizes.every((s) => s >= 1 && s <= input.chunkSize)).toBe(true)
      }),
      { numRuns: 100 }
    )
  })

  it('never finishes earlier with more leads', () => {
    fc.assert(
      fc.property(campaignInput(), fc.integer({ min: 1, max: 500 }), (input, more) => {
        const fewer = planCampaign(input)
        const larger = planCampaign({ ...input, n: input.n + more })
        if (!fewer.ok || !larger.ok) return
        expect(larger.plan.finishedAt ?? 0).toBeGreaterThanOrEqual(fewer.plan.finishedAt ?? 0)
      }),
      { numRuns: 100 }
    )
  })
})

function isOpenOnWallClock(input: CampaignInput, ms: number): boolean {
  const local = DateTime.fromMillis(ms, { zone: input.timeZone })
  const day = input.hours?.[KEYS[local.weekday - 1] ?? 'mon']
  if (!day?.active) return false
  const seconds = local.hour * 3600 + local.minute * 60 + local.second + local.millisecond / 1000
  return day.hours.some(
    ([open, close]) => clockSeconds(open, false) <= seconds && seconds < clockSeconds(close, true)
  )
}
