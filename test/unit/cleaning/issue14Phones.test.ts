/** Issue 14, "Phones" and names: what used to reach the wrong person or lose a first name. */
import { describe, expect, it } from 'vitest'
import { normalizePhone } from '../../../shared/cleaning/phone/normalizePhone'
import { recheckRow } from '../../../shared/cleaning/recheckRow'
import { cleanName } from '../../../shared/cleaning/name'
import { firstNameOf, titleCasePt } from '../../../shared/mapping/nameCase'
import { isNationwide } from '../../../shared/cleaning/phoneWarnings'

describe('a DDD in parentheses is the number’s own', () => {
  it.each(['(88)4373850', '(91) 9876-543', '(98)7654321'])(
    '%j is invalid_number, with or without a default DDD',
    (cell) => {
      expect(normalizePhone(cell)).toEqual({ ok: false, reason: 'invalid_number' })
      expect(normalizePhone(cell, { defaultDdd: '11' })).toEqual({
        ok: false,
        reason: 'invalid_number'
      })
    }
  )

  it('a full number in parentheses still reads', () => {
    expect(normalizePhone('(11) 98765-4321', { defaultDdd: '21' })).toMatchObject({
      e164: '+5511987654321'
    })
  })
})

describe('warnings on valid numbers', () => {
  it('a cell contradicting the paired DDD column keeps its reading, warned ddd_conflict', () => {
    const row = recheckRow({ row: 2, phone: '9966099888', ddd: '41' })
    expect(row.phone).toBe('+5599966099888')
    expect(row.warnings).toContain('ddd_conflict')
    expect(recheckRow({ row: 3, phone: '4199660998', ddd: '41' }).warnings).not.toContain(
      'ddd_conflict'
    )
    expect(recheckRow({ row: 4, phone: '99660998', ddd: '41' }).warnings).toEqual([])
  })

  it('a nationwide number beside a DDD column has no DDD to contradict', () => {
    for (const phone of ['0800 123 4567', '4004-1234']) {
      expect(recheckRow({ row: 2, phone, ddd: '11' }).warnings).toEqual(['nationwide'])
    }
  })

  it.each([
    ['4003-1234', '+5540031234'],
    ['4004 5678', '+5540045678'],
    ['0800 123 4567', '+558001234567']
  ])('%j is valid, warned nationwide, and gets no default DDD', (cell, e164) => {
    const row = recheckRow({ row: 2, phone: cell }, { defaultDdd: '11', provider: 'kinbox' })
    expect([row.status, row.phone]).toEqual(['ok', e164])
    expect(isNationwide(row)).toBe(true)
  })

  it('a person’s number is not nationwide', () => {
    expect(isNationwide(recheckRow({ row: 2, phone: '(11) 3003-1234' }))).toBe(false)
  })
})

describe('first names', () => {
  it.each([
    ['Dr. João Silva', 'João'],
    ['DRA. MARIA SOUZA', 'Maria'],
    ['Sr. Pedro', 'Pedro'],
    ['Sra. Ana', 'Ana'],
    ['Prof. Carlos', 'Carlos'],
    ['Prof.ª Ana Souza', 'Ana'],
    ['PROFª BEATRIZ', 'Beatriz'],
    ['Dr.ª Maria', 'Maria'],
    ['Pedro, o vendedor', 'Pedro'],
    ['😀 Maria', 'Maria'],
    ['@maria Souza', 'Souza'],
    ['maria@x.com', '']
  ])('%j → %j', (raw, first) => {
    expect(cleanName(raw).firstName).toBe(first)
    expect(firstNameOf(raw)).toBe(first)
  })

  it('casing after / and apostrophes', () => {
    expect(cleanName('APAS/MARILIA').name).toBe('Apas/Marilia')
    expect(cleanName("UNIMED'S").name).toBe("Unimed's")
    expect(titleCasePt("JOANA D'ARC")).toBe("Joana D'Arc")
  })
})
