import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDateBr, fromExcelSerial, parseDate } from '../../../shared/mapping/dateFormat'
import { cleanPersonName, firstNameOf, titleCasePt } from '../../../shared/mapping/nameCase'
import { formatBrl, parseDecimal } from '../../../shared/mapping/numberFormat'
import { TRANSFORMS, applyTransform, transformSchema } from '../../../shared/mapping/transforms'

const money = (text: string): string => applyTransform(text, 'money_brl').value
const date = (text: string): string => applyTransform(text, 'date_br').value

describe('money_brl', () => {
  it.each([
    ['27985.03', 'R$ 27.985,03'],
    ['28167,14', 'R$ 28.167,14'],
    ['1.234,56', 'R$ 1.234,56'],
    ['1234', 'R$ 1.234,00'],
    ['R$ 1.234,56', 'R$ 1.234,56'],
    ['R$1.234.567,8', 'R$ 1.234.567,80'],
    ['30,316.77', 'R$ 30.316,77'],
    ['1.234', 'R$ 1.234,00'],
    ['1,5', 'R$ 1,50'],
    ['0,005', 'R$ 0,01'],
    ['1.005', 'R$ 1.005,00'],
    ['1.0050', 'R$ 1,01'],
    ['0', 'R$ 0,00'],
    ['-12,5', '-R$ 12,50'],
    ['(12,50)', '-R$ 12,50'],
    ['999,999', 'R$ 1.000,00'],
    ['  R$\u00a02.000  ', 'R$ 2.000,00']
  ])('%s → %s', (input, expected) => {
    expect(money(input)).toBe(expected)
  })

  it.each(['abc', '12.34.5', '1,234,5', '5.53299E+12', 'R$', '1..2'])(
    'keeps unreadable %s as typed and says so',
    (input) => {
      expect(applyTransform(input, 'money_brl')).toEqual({ value: input.trim(), failed: true })
    }
  )

  it('round-trips any amount in centavos written the pt-BR way', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (cents) => {
        const formatted = formatBrl({
          negative: false,
          integer: String(cents / 100n),
          fraction: String(cents % 100n).padStart(2, '0')
        })
        const reread = parseDecimal(formatted)
        expect(reread && formatBrl(reread)).toBe(formatted)
        expect(formatted).toMatch(/^R\$ \d{1,3}(\.\d{3})*,\d{2}$/)
      })
    )
  })
})

describe('date_br', () => {
  it.each([
    ['2025-12-26', '26/12/2025'],
    ['2025-12-26T10:30:00-03:00', '26/12/2025'],
    ['26/12/2025', '26/12/2025'],
    ['26/12/25', '26/12/2025'],
    ['1/2/99', '01/02/1999'],
    ['26-12-2025', '26/12/2025'],
    ['26.12.2025 14:00', '26/12/2025'],
    ['45667', '10/01/2025'],
    ['45667.75', '10/01/2025'],
    ['1', '01/01/1900'],
    ['61', '01/03/1900']
  ])('%s → %s', (input, expected) => {
    expect(date(input)).toBe(expected)
  })

  it.each(['31/02/2025', '2025-13-01', 'ontem', '0', '12/2025'])('%s is not a date', (input) => {
    expect(applyTransform(input, 'date_br').failed).toBe(true)
  })

  it('reads serials only when asked', () => {
    expect(parseDate('45667', false)).toBeNull()
    expect(fromExcelSerial(60)).toEqual({ year: 1900, month: 2, day: 29 })
  })

  it('writes every real date back to itself', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1901-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (d) => {
          const text = formatDateBr({
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate()
          })
          expect(date(text)).toBe(text)
        }
      )
    )
  })
})

describe('names and case', () => {
  it('title-cases with Portuguese particles', () => {
    expect(titleCasePt('MARIA DAS GRAÇAS SILVA')).toBe('Maria das Graças Silva')
    expect(titleCasePt('  joão  e maria DE souza ')).toBe('João e Maria de Souza')
    expect(titleCasePt('da silva')).toBe('Da Silva')
    expect(titleCasePt("ana-maria d'ávila")).toBe("Ana-Maria D'Ávila")
  })

  it('keeps mixed-case names as typed', () => {
    expect(cleanPersonName('  André   McDonald ')).toBe('André McDonald')
    expect(cleanPersonName('JOSÉ CONCEIÇÃO')).toBe('José Conceição')
  })

  it('takes the first word of the cleaned name', () => {
    expect(firstNameOf('  JOSÉ CONCEIÇÃO')).toBe('José')
    expect(firstNameOf('vitória pereira')).toBe('Vitória')
    expect(firstNameOf('')).toBe('')
  })
})

describe('applyTransform', () => {
  it('describes every transform for the UI', () => {
    expect(TRANSFORMS).toEqual([
      'firstName',
      'trim',
      'upper',
      'lower',
      'title',
      'date_br',
      'money_brl'
    ])
    for (const option of transformSchema.options) expect(option.description).toBeTruthy()
  })

  it.each([
    ['firstName', ' CAIO DAS FERREIRA ', 'Caio'],
    ['trim', '  São   Paulo ', 'São Paulo'],
    ['upper', 'são paulo', 'SÃO PAULO'],
    ['lower', 'SÃO PAULO', 'são paulo'],
    ['title', 'RIO DE JANEIRO', 'Rio de Janeiro']
  ] as const)('%s', (transform, input, expected) => {
    expect(applyTransform(input, transform)).toEqual({ value: expected, failed: false })
  })

  it('only trims the ends without a transform', () => {
    expect(applyTransform('  São   Paulo \t', undefined).value).toBe('São   Paulo')
  })

  it('turns blank cells into empty values for every transform', () => {
    for (const transform of TRANSFORMS) {
      expect(applyTransform('   ', transform)).toEqual({ value: '', failed: false })
    }
  })
})
