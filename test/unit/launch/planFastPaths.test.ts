/**
 * The launch plan's fast paths (issue 10, "Speed") give exactly what the general rules give:
 * money read without the general parser, cents formatted without BigInt, and recipients
 * checked with the mapping's keys rather than a record of any key.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { integraBodySchema } from '../../../shared/launch/integraBodySchema'
import { formatBrl, parseDecimal } from '../../../shared/mapping/numberFormat'
import { IntegraCreateCampaign } from '../../../shared/providers/integra/schemas'
import { INTEGRA_SETTINGS } from './helpers'

const numeric = fc.stringMatching(/^[0-9.,]{1,22}$/)

describe('money fast path', () => {
  it('reads every digits-and-marks text as the general parser does', () => {
    // A leading space never matches the fast path, so it sends the same text the general way.
    fc.assert(
      fc.property(numeric, (text) => {
        expect(parseDecimal(text)).toEqual(parseDecimal(` ${text}`))
      }),
      { numRuns: 3000 }
    )
  })

  it('formats cents as exact BigInt arithmetic would, short or long', () => {
    const reference = (integer: string, fraction: string): string => {
      const padded = (fraction + '000').slice(0, 3)
      let cents = BigInt(integer + padded.slice(0, 2))
      if (padded.charCodeAt(2) >= 53) cents += 1n
      const digits = cents.toString().padStart(3, '0')
      return `R$ ${digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, '.')},${digits.slice(-2)}`
    }
    const integer = fc.stringMatching(/^[1-9][0-9]{0,20}$|^0$/)
    const fraction = fc.stringMatching(/^[0-9]{0,4}$/)
    fc.assert(
      fc.property(integer, fraction, (i, f) => {
        expect(formatBrl({ negative: false, integer: i, fraction: f })).toBe(reference(i, f))
      }),
      { numRuns: 3000 }
    )
  })
})

describe('integraBodySchema', () => {
  const keys = ['leadName', 'city', 'proposal']
  const value = fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.constant('x'.repeat(1000)),
    fc.constant('x'.repeat(1001))
  )
  const recipient = fc.record(
    {
      phone_number: fc.oneof(
        fc.constant('+5511987654321'),
        fc.constant('5511987654321'),
        fc.string()
      ),
      recipient_name: fc.oneof(fc.string({ maxLength: 3 }), fc.integer()),
      dynamic_variables: fc.dictionary(fc.constantFrom(...keys), value)
    },
    { requiredKeys: ['phone_number'] }
  )
  const body = fc.record({
    name: fc.constantFrom('Campanha (1/2)', ''),
    project_id: fc.constant(INTEGRA_SETTINGS.project_id),
    agent_id: fc.constantFrom(INTEGRA_SETTINGS.agent_id, 'not-a-uuid'),
    phone_number_id: fc.constant(INTEGRA_SETTINGS.phone_number_id),
    scheduled_at: fc.constantFrom('2026-12-01T09:00:00-03:00', '2026-12-01 09:00'),
    recipients: fc.array(recipient, { maxLength: 4 })
  })

  it('accepts and rejects exactly what IntegraCreateCampaign does, at the same paths', () => {
    const schema = integraBodySchema(keys)
    fc.assert(
      fc.property(body, (b) => {
        const ours = schema.safeParse(b)
        const theirs = IntegraCreateCampaign.safeParse(b)
        expect(ours.success).toBe(theirs.success)
        if (ours.success && theirs.success) expect(ours.data).toEqual(theirs.data)
        const paths = (r: typeof ours): string[] =>
          (r.error?.issues ?? []).map((issue) => issue.path.join('.')).sort()
        expect(paths(ours)).toEqual(paths(theirs))
      }),
      { numRuns: 2000 }
    )
  })

  it('refuses a key the mapping does not have, which a record would let through', () => {
    const b = {
      ...INTEGRA_SETTINGS,
      name: 'Campanha',
      scheduled_at: '2026-12-01T09:00:00-03:00',
      recipients: [{ phone_number: '+5511987654321', dynamic_variables: { other: 'x' } }]
    }
    expect(integraBodySchema(keys).safeParse(b).success).toBe(false)
  })
})
