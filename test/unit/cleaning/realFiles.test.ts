import { describe, expect, it } from 'vitest'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import { REAL_DIR, readFixture } from './readTable'

const read = (name: string) => readFixture(name, REAL_DIR)

describe('real files, [clean] lines of fixtures/real/README.md', () => {
  it('01: the DDD column paired automatically, DDD + number joined', () => {
    const table = read('01_ans_Relatorio_cadop_2021_cp1252.csv')
    expect(table.columns[table.dddColumn ?? -1]).toBe('DDD')
    const { rows, summary } = cleanLeads(table)
    const byOriginal = (text: string) => rows.find((r) => r.original === text)
    expect(summary.total).toBe(1172)
    expect(rows.filter((r) => r.reason === 'missing_phone')).toHaveLength(13)
    expect(byOriginal('32816666 R:6666')).toMatchObject({
      status: 'ok',
      phone: '+551132816666',
      notes: ['extension dropped']
    })
    expect(byOriginal('9292')?.reason).toBe('invalid_number')
    expect(byOriginal('3231159088324692')?.reason).toBe('invalid_number') // two run together
    expect(byOriginal('84282619')).toMatchObject({
      phone: '+5521984282619',
      notes: ['added 9th digit']
    })
    // `01` + `130409321`: the DDD's digits split across the two columns, joined literally.
    expect(byOriginal('130409321')?.phone).toBe('+551130409321')
    expect(rows.filter((r) => r.status === 'ok' && r.kind === 'fixed_line').length).toBeGreaterThan(
      summary.ok / 2
    )
    for (const dup of rows.filter((r) => r.status === 'duplicate')) {
      const kept = rows.find((r) => r.row === dup.duplicateOf)
      expect(kept).toMatchObject({ status: 'ok', phone: dup.phone })
      expect(kept?.row).toBeLessThan(dup.row)
    }
    expect(summary.duplicate).toBeGreaterThan(0)
  })

  it('03: telefone1 with ddd1 paired; every phone joined or set aside with a reason', () => {
    const table = read('03_minha-receita_estabelecimento.csv')
    expect(table.columns[table.dddColumn ?? -1]).toBe('ddd1')
    const { rows } = cleanLeads(table)
    for (const row of rows) {
      if (row.status !== 'invalid') expect(row.phone).toMatch(/^\+55\d{10,11}$/)
      else expect(row.reason).toBeDefined()
    }
    expect(rows.some((r) => r.status === 'ok')).toBe(true)
  })

  it('08: 30 DDD + 9-digit numbers all normalize to +55…', () => {
    const { rows, summary } = cleanLeads(read('08_zaplead-pro_exemplo_contatos.csv'))
    expect(summary.total).toBe(30)
    expect(summary.ok).toBe(30)
    for (const row of rows) expect(row.phone).toBe('+55' + row.original.replace(/\D/g, ''))
  })

  it('09: 55 + DDD + 9 digits, without a doubled country code', () => {
    const { rows } = cleanLeads(read('09_projetodisparowhatsapp_contatos_exemplo.csv'))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.status).not.toBe('invalid')
      expect(row.phone).toBe('+' + row.original.replace(/\D/g, ''))
    }
  })

  it('12: names trimmed, duplicates found; (555) 123-4567 is a DDD 55 landline under BR', () => {
    const { rows, summary } = cleanLeads(read('12_csv-contact-cleaner_sample_contacts.csv'))
    expect(rows[0]).toMatchObject({
      name: 'John Doe',
      status: 'ok',
      phone: '+555551234567',
      kind: 'fixed_line'
    })
    expect(rows[2]).toMatchObject({ status: 'duplicate', duplicateOf: rows[0]?.row })
    expect(rows.find((r) => r.original === '+1-555-111-2222')?.reason).toBe('invalid_number')
    expect(summary.duplicate).toBeGreaterThan(10)
    expect(rows.every((r) => r.name === r.name?.trim())).toBe(true)
  })

  it('12 with country US: the fictional 555 numbers are invalid_number', () => {
    const { rows, summary } = cleanLeads(read('12_csv-contact-cleaner_sample_contacts.csv'), {
      country: 'US'
    })
    expect(summary.invalid).toBe(rows.length)
    expect(new Set(rows.map((r) => r.reason))).toEqual(new Set(['invalid_number']))
  })
})
