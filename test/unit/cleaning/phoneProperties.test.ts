import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizePhone } from '../../../shared/cleaning/phone/normalizePhone'

const VALID_DDDS = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43,
  44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77,
  79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99
]

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''))

/** A valid Brazilian number as DDD + subscriber: mobile 9 + 8 digits, or fixed [2-5] + 7. */
const brNumber = fc.record({
  ddd: fc.constantFrom(...VALID_DDDS).map(String),
  subscriber: fc.oneof(
    digits(8).map((d) => '9' + d),
    fc.tuple(fc.integer({ min: 2, max: 5 }), digits(7)).map(([a, d]) => `${a}${d}`)
  )
})

type Render = (ddd: string, s: string) => string
const split = (s: string): [string, string] => [s.slice(0, s.length - 4), s.slice(-4)]

/** Every way cleaning.md says a person may type the same number. */
const RENDERS: Record<string, Render> = {
  parens: (d, s) => `(${d}) ${split(s).join('-')}`,
  spaced: (d, s) =>
    `${d} ${s.length === 9 ? `${s[0]} ${s.slice(1, 5)}` : s.slice(0, 4)} ${s.slice(-4)}`,
  plus55: (d, s) => `+55 ${d} ${split(s).join('-')}`,
  bare55: (d, s) => `55${d}${s}`,
  trunk: (d, s) => `0${d}${s}`,
  trunkParens: (d, s) => `(0${d}) ${split(s).join('-')}`,
  carrier: (d, s) => `0 15 ${d} ${split(s).join('-')}`,
  oxx: (d, s) => `(0xx${d}) ${split(s).join('-')}`,
  tel: (d, s) => `tel: ${d} ${split(s).join('.')}`,
  whatsapp: (d, s) => `(${d}) ${split(s).join('-')} (WhatsApp)`,
  ramal: (d, s) => `(${d}) ${split(s).join('-')} ramal 21`,
  bare: (d, s) => `${d}${s}`
}

describe('any valid BR number in any of the spec formats normalizes back to itself', () => {
  it.each(Object.keys(RENDERS))('%s', (format) => {
    const render = RENDERS[format] as Render
    fc.assert(
      fc.property(brNumber, ({ ddd, subscriber }) => {
        const result = normalizePhone(render(ddd, subscriber))
        expect(result).toMatchObject({ ok: true, e164: `+55${ddd}${subscriber}` })
        if (result.ok) {
          expect(result.kind).toBe(subscriber.length === 9 ? 'mobile' : 'fixed_line')
          expect(result.notes).toEqual(format === 'ramal' ? ['extension dropped'] : [])
        }
      }),
      { numRuns: 300 }
    )
  })

  it('a pre-2016 8-digit mobile in any format gets its 9th digit', () => {
    const oldMobile = fc.record({
      ddd: fc.constantFrom(...VALID_DDDS).map(String),
      subscriber: fc.tuple(fc.integer({ min: 6, max: 9 }), digits(7)).map(([a, d]) => `${a}${d}`)
    })
    const formats = Object.entries(RENDERS).filter(([name]) => name !== 'ramal')
    fc.assert(
      fc.property(oldMobile, fc.constantFrom(...formats), ({ ddd, subscriber }, [, render]) => {
        expect(normalizePhone(render(ddd, subscriber))).toEqual({
          ok: true,
          e164: `+55${ddd}9${subscriber}`,
          kind: 'mobile',
          notes: ['added 9th digit']
        })
      }),
      { numRuns: 500 }
    )
  })
})
