import { describe, expect, it } from 'vitest'
import { compileNumberFormat } from '../../../shared/import/workbook/numberFormat'
import { formatGeneralText } from '../../../shared/import/workbook/generalNumber'

const show = (code: string, value: number): string => compileNumberFormat(code)(value)

describe('General numbers', () => {
  it('keeps every digit of a phone stored as a number, never scientific notation', () => {
    expect(show('General', 5511987654321)).toBe('5511987654321')
    expect(show('General', 1e22)).toBe('10000000000000000000000')
    expect(show('General', 1e-7)).toBe('0,0000001')
    expect(formatGeneralText('5511987654321')).toBe('5511987654321')
    expect(formatGeneralText('12345678901234567890')).toBe('12345678901234567890')
    expect(formatGeneralText('5.511987654321E+12')).toBe('5511987654321')
  })

  it('uses the pt-BR decimal comma and Excel’s 15 significant digits', () => {
    expect(show('General', 30316.77)).toBe('30316,77')
    expect(show('General', 0.1 + 0.2)).toBe('0,3')
    expect(formatGeneralText('468321.29000000004')).toBe('468321,29')
    expect(formatGeneralText('-2.5')).toBe('-2,5')
  })
})

describe('explicit number formats', () => {
  it.each([
    ['0.00', 1234.5, '1234,50'],
    ['#,##0.00', 1234.5, '1.234,50'],
    ['#,##0.00', 1234567.891, '1.234.567,89'],
    ['#,##0.00', 1.005, '1,01'],
    ['#,##0', 0, '0'],
    ['#,##0', -1234, '-1.234'],
    ['00000', 6083, '06083'],
    ['00000', 123456, '123456'],
    ['00000000000', 1198765432, '01198765432'],
    ['(00) 00000-0000', 11987654321, '(11) 98765-4321'],
    ['0%', 0.256, '26%'],
    ['0.00%', 0.256, '25,60%'],
    ['0.00E+00', 5511987654321, '5,51E+12'],
    ['"R$ "#,##0.00;\\-"R$ "#,##0.00', -1234.5, '-R$ 1.234,50'],
    ['[$R$-416] #,##0.00', 10, 'R$ 10,00'],
    ['#,##0 ;(#,##0)', -1234, '(1.234)'],
    ['_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-', 0, '-'],
    ['#,##0,', 1234567, '1.235'],
    ['@', 12, '12']
  ])('%s shows %d as %s', (code, value, text) => {
    expect(show(code, value)).toBe(text)
  })
})

describe('dates and times', () => {
  it.each([
    ['dd/mm/yyyy', 45667, '10/01/2025'],
    ['m/d/yy', 45667, '10/01/2025'],
    ['yyyy\\-mm\\-dd', 39209, '07/05/2007'],
    ['d-mmm', 44949, '23/01/2023'],
    ['m/d/yy h:mm', 45667.5, '10/01/2025 12:00'],
    ['dd/mm/yyyy hh:mm:ss', 45667.75, '10/01/2025 18:00:00'],
    ['h:mm', 0.75, '18:00'],
    ['[h]:mm:ss', 1.5, '36:00:00'],
    ['dd/mm/yyyy', 1, '01/01/1900'],
    ['dd/mm/yyyy', 61, '01/03/1900']
  ])('%s shows %d as %s', (code, value, text) => {
    expect(show(code, value)).toBe(text)
  })

  it('counts from 1904 in date1904 workbooks', () => {
    expect(compileNumberFormat('dd/mm/yyyy', true)(0)).toBe('01/01/1904')
  })

  it('does not invent a date for a negative serial', () => {
    expect(show('dd/mm/yyyy', -5)).toBe('-5')
  })
})
