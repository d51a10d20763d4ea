import { describe, expect, it } from 'vitest'
import { normalizePhone } from '../../../shared/cleaning/phone/normalizePhone'
import type { PhoneOptions } from '../../../shared/cleaning/phone/types'

const ok = (raw: string, options?: PhoneOptions) => {
  const result = normalizePhone(raw, options)
  if (!result.ok) throw new Error(`${raw}: ${result.reason}`)
  return result
}
const reason = (raw: string, options?: PhoneOptions) => {
  const result = normalizePhone(raw, options)
  return result.ok ? `ok ${result.e164}` : result.reason
}

describe('normalizePhone: the cell shapes of cleaning.md', () => {
  it.each([
    '(11) 98765-4321',
    '11 9 8765 4321',
    'tel: 11 98765.4321',
    '+55 11 98765-4321',
    '5511987654321',
    '011987654321',
    '(011) 98765-4321',
    '0 15 11 98765-4321',
    '(0xx11) 98765-4321',
    '11987654321 (WhatsApp)',
    '11 98765-4321 cel',
    '+55 (11) 9 8765-4321'
  ])('%s → +5511987654321, mobile, no notes', (raw) => {
    expect(ok(raw)).toEqual({ ok: true, e164: '+5511987654321', kind: 'mobile', notes: [] })
  })

  it('adds the 9th digit to a pre-2016 8-digit mobile', () => {
    expect(ok('(11) 8765-4321')).toMatchObject({
      e164: '+5511987654321',
      notes: ['added 9th digit']
    })
    expect(ok('+55 21 7215-1416').notes).toEqual(['added 9th digit'])
    expect(ok('1165432100').e164).toBe('+5511965432100')
  })

  it('keeps a fixed line as it is', () => {
    expect(ok('(11) 3456-7890')).toEqual({
      ok: true,
      e164: '+551134567890',
      kind: 'fixed_line',
      notes: []
    })
  })

  it.each(['ramal 21', 'r. 21', 'R:21', 'ext 21', 'x21', 'Ramal: 21'])(
    'drops the extension %s',
    (ext) => {
      expect(ok(`(11) 3456-7890 ${ext}`)).toMatchObject({
        e164: '+551134567890',
        notes: ['extension dropped']
      })
    }
  )

  it('drops an extension glued to the number', () => {
    expect(ok('1134567890x21').notes).toEqual(['extension dropped'])
  })

  it.each([
    '(11) 98765-4321 / (21) 3456-7890',
    '(11) 98765-4321; (21) 3456-7890',
    '(11) 98765-4321, (21) 3456-7890',
    '(11) 98765-4321 ou (21) 3456-7890',
    '(11) 98765-4321 e (21) 3456-7890',
    '(11) 98765-4321\n(21) 3456-7890',
    '9292 / (11) 98765-4321'
  ])('several numbers: the first valid one (%j)', (raw) => {
    expect(ok(raw)).toMatchObject({
      e164: '+5511987654321',
      notes: ['several numbers; first valid used']
    })
  })

  it('a numeric cell and a zero-padded one', () => {
    expect(ok('5511987654321').e164).toBe('+5511987654321')
    expect(ok('011987654321').e164).toBe('+5511987654321')
  })

  it('joins a paired DDD column only when the number has no DDD of its own', () => {
    expect(ok('3281-6666', { ddd: '11' }).e164).toBe('+551132816666')
    expect(ok('8765-4321', { ddd: '(021)' })).toMatchObject({
      e164: '+5521987654321',
      notes: ['added 9th digit']
    })
    expect(ok('(31) 3281-6666', { ddd: '11' }).e164).toBe('+553132816666')
    expect(ok('130409321', { ddd: '01' }).e164).toBe('+551130409321')
    expect(ok('3281-6666', { ddd: '011' }).e164).toBe('+551132816666')
    expect(reason('3281-6666', { ddd: '00' })).toBe('missing_area_code')
    expect(ok('32816666 R:6666', { ddd: '61' })).toMatchObject({
      e164: '+556132816666',
      notes: ['extension dropped']
    })
  })

  it('uses the default DDD for numbers without one; a paired DDD wins', () => {
    expect(reason('98765-4321')).toBe('missing_area_code')
    expect(reason('3456-7890')).toBe('missing_area_code')
    expect(ok('98765-4321', { defaultDdd: '11' }).e164).toBe('+5511987654321')
    expect(ok('98765-4321', { defaultDdd: '11', ddd: '21' }).e164).toBe('+5521987654321')
  })

  it('other countries with +, read by libphonenumber', () => {
    expect(ok('+1 212 555 0123')).toMatchObject({ e164: '+12125550123', kind: 'other' })
    expect(ok('+351 912 345 678')).toMatchObject({ e164: '+351912345678', kind: 'mobile' })
    expect(reason('+1-555-111-2222')).toBe('invalid_number')
  })

  it('a 10-digit US-style number without + is Brazilian under BR, American under US', () => {
    expect(reason('(555) 123-4567')).toBe('ok +555551234567')
    expect(reason('(555) 123-4567', { country: 'US' })).toBe('invalid_number')
    expect(reason('(212) 555-0123', { country: 'US' })).toBe('ok +12125550123')
  })

  it.each([
    ['', 'missing_phone'],
    ['   ', 'missing_phone'],
    ['5,512E+12', 'excel_scientific_notation'],
    ['5.512E+12', 'excel_scientific_notation'],
    ['5,5119876E+12', 'excel_scientific_notation'],
    ['(20) 98765-4321', 'invalid_number'],
    ['(23) 3456-7890', 'invalid_number'],
    ['9292', 'invalid_number'],
    ['00000000000', 'invalid_number'],
    ['ligar depois', 'invalid_number'],
    ['-', 'invalid_number'],
    ['1198765432111987654321', 'invalid_number'],
    ['(11) 1234-5678', 'invalid_number']
  ])('%j is %s', (raw, expected) => {
    expect(reason(raw)).toBe(expected)
  })

  it('nationwide service numbers need no DDD', () => {
    expect(ok('0800 123 4567')).toMatchObject({ e164: '+558001234567', kind: 'other' })
    expect(ok('4004-0001').e164).toBe('+5540040001')
  })
})
