import { describe, expect, it } from 'vitest'
import { parseDoNotContact } from '../../../shared/cleaning/doNotContact'
import { CleanSession } from '../../../shared/cleaning/cleanSession'
import { recheckRow } from '../../../shared/cleaning/recheckRow'
import type { LeadInput } from '../../../shared/cleaning/types'

const leads: LeadInput[] = [
  { row: 2, phone: '(11) 98765-4321', name: 'ANA', email: 'ana@x.com' },
  { row: 3, phone: '11987654321', name: 'bia', email: 'bia@' },
  { row: 4, phone: '98765-4321', name: 'Caio' },
  { row: 5, phone: '+55 11 98765-4321', name: 'Duda', fieldCount: true },
  { row: 6, phone: '(21) 3456-7890', name: 'Eva' }
]

const statuses = (s: CleanSession) =>
  s.rows.map((r) => [r.row, r.status, r.duplicateOf ?? r.reason ?? null])

describe('CleanSession: duplicates, block list, fixes in place', () => {
  it('keeps the first occurrence and points the others to it', () => {
    const session = new CleanSession(leads)
    expect(statuses(session)).toEqual([
      [2, 'ok', null],
      [3, 'duplicate', 2],
      [4, 'invalid', 'missing_area_code'],
      [5, 'duplicate', 2],
      [6, 'ok', null]
    ])
    expect(session.result().summary).toEqual({
      total: 5,
      ok: 2,
      invalid: 1,
      duplicate: 2,
      blankSkipped: 0,
      footerRowsSkipped: 0
    })
  })

  it('can keep the last duplicate instead', () => {
    const session = new CleanSession(leads, { keep: 'last' })
    expect(statuses(session).slice(0, 4)).toEqual([
      [2, 'duplicate', 5],
      [3, 'duplicate', 5],
      [4, 'invalid', 'missing_area_code'],
      [5, 'ok', null]
    ])
  })

  it('re-checks an edited row and re-decides only the rows sharing its numbers', () => {
    const session = new CleanSession(leads)
    expect(session.edit(0, { phone: '(31) 3333-4444' })).toEqual([0, 1, 3])
    expect(statuses(session).slice(0, 4)).toEqual([
      [2, 'ok', null],
      [3, 'ok', null],
      [4, 'invalid', 'missing_area_code'],
      [5, 'duplicate', 3]
    ])
    expect(session.edit(2, { phone: '(11) 98765-4321' })).toEqual([1, 2, 3])
    expect(statuses(session)[2]).toEqual([4, 'duplicate', 3])
    session.edit(0, { phone: '(11) 98765-4321' }) // undo: the original cell back
    expect(statuses(session)).toEqual(
      statuses(new CleanSession(session.rows.map((_, i) => session.input(i) as LeadInput)))
    )
    expect(statuses(session)[1]).toEqual([3, 'duplicate', 2])
  })

  it('a default DDD re-checks the rows without one', () => {
    const session = new CleanSession(leads)
    session.setRowRules({ defaultDdd: '47' })
    expect(session.rows[2]).toMatchObject({ status: 'ok', phone: '+5547987654321' })
  })

  it('the block list excludes every matching row with do_not_contact, keeping its phone', () => {
    const session = new CleanSession(leads, { doNotContact: new Set(['+5511987654321']) })
    expect(statuses(session).map((s) => s[2])).toEqual([
      'do_not_contact',
      'do_not_contact',
      'missing_area_code',
      'do_not_contact',
      null
    ])
    expect(session.rows[0]).toMatchObject({ status: 'invalid', phone: '+5511987654321' })
    session.setDuplicateRules({ doNotContact: new Set() })
    expect(statuses(session)[1]).toEqual([3, 'duplicate', 2])
  })
})

describe('recheckRow', () => {
  it('carries the original, names, warnings', () => {
    expect(recheckRow(leads[1] as LeadInput)).toMatchObject({
      original: '11987654321',
      name: 'Bia',
      firstName: 'Bia',
      email: 'bia@',
      warnings: ['invalid_email']
    })
    expect(recheckRow(leads[3] as LeadInput).warnings).toEqual(['field_count'])
  })

  it('flags a landline for a WhatsApp-type provider only', () => {
    const eva = leads[4] as LeadInput
    expect(recheckRow(eva, { provider: 'kinbox' })).toMatchObject({
      status: 'ok',
      warnings: ['landline']
    })
    expect(recheckRow(eva, { provider: 'integra' }).warnings).toEqual([])
    expect(recheckRow(leads[0] as LeadInput, { provider: 'kinbox' }).warnings).toEqual([])
  })
})

describe('parseDoNotContact', () => {
  it('keeps every valid number of pasted lines as E.164', () => {
    expect(
      parseDoNotContact(['(11) 98765-4321; 21 3456-7890', 'lixo', '', '+55 31 8765-4321'])
    ).toEqual(new Set(['+5511987654321', '+552134567890', '+5531987654321']))
  })
})
