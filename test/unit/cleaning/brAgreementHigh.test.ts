import { describe, expect, it } from 'vitest'
import { compareRange } from './brAgreement'

describe('BR fast path agrees with libphonenumber-js/max (DDD 56–99)', () => {
  it('on validity and E.164 of every generated number', () => {
    const { count, disagreements } = compareRange(56, 99, 20262)
    expect(count).toBe(44 * 2 * 1000 * 6)
    expect(disagreements.slice(0, 20)).toEqual([])
  }, 60_000)
})
