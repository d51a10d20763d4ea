import { describe, expect, it } from 'vitest'
import { INTEGRA_MAX_PART, planIntegraParts } from '../../../shared/timing/integra'
import { at } from './helpers'

const start = at('2026-12-01T09:00:00-03:00')

describe('planIntegraParts', () => {
  it('splits 25,001 recipients into parts of at most 10,000', () => {
    const parts = planIntegraParts({ n: 25_001, maxConcurrent: 2, start, sequential: false })
    expect(parts.map((p) => [p.part, p.firstRecipient, p.recipients])).toEqual([
      [1, 0, 10_000],
      [2, 10_000, 10_000],
      [3, 20_000, 5_001]
    ])
    expect(parts.every((p) => p.recipients <= INTEGRA_MAX_PART && p.startAt === start)).toBe(true)
  })

  it('estimates ceil(part / max_concurrent) × 60 s by default', () => {
    const [only] = planIntegraParts({ n: 101, maxConcurrent: 2, start, sequential: false })
    expect(only?.estimatedSeconds).toBe(51 * 60)
    expect(only?.estimatedEndAt).toBe(start + 51 * 60_000)
  })

  it('starts each part when the previous one is estimated to end, when sequential', () => {
    const parts = planIntegraParts({
      n: 15_000,
      maxConcurrent: 4,
      averageCallSeconds: 90,
      start,
      sequential: true
    })
    expect(parts[0]?.estimatedSeconds).toBe(2500 * 90)
    expect(parts[1]?.startAt).toBe(parts[0]?.estimatedEndAt)
    expect(parts[1]?.estimatedEndAt).toBe(start + (2500 + 1250) * 90_000)
  })

  it('gives no parts for an empty list and refuses zero concurrency', () => {
    expect(planIntegraParts({ n: 0, maxConcurrent: 1, start, sequential: true })).toEqual([])
    expect(() => planIntegraParts({ n: 5, maxConcurrent: 0, start, sequential: true })).toThrow(
      RangeError
    )
  })
})
