/** Issue 14, "Columns and header": the patterns real lead lists use, generated here. */
import { describe, expect, it } from 'vitest'
import { strToU8 } from 'fflate'
import { readLeadFile } from '../../../shared/import/readLeadFile'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import type { LeadTable } from '../../../shared/import/leadTable'

const csv = (text: string, options = {}): LeadTable =>
  readLeadFile(strToU8(text), 'leads.csv', options)
const named = (table: LeadTable, index: number | null): string | null =>
  index === null ? null : (table.columns[index] ?? null)

describe('plural and compound name headers', () => {
  it.each([
    ['NOMES CLIENTES', 'NOMES CLIENTES'],
    ['NOMES', 'NOMES'],
    ['CLIENTES', 'CLIENTES'],
    ['nome do cliente', 'nome do cliente'],
    ['nome completo', 'nome completo'],
    ['razão social', 'razão social'],
    ['contato', 'contato']
  ])('%j is the name column', (header, expected) => {
    const table = csv(`${header};NÚMEROS TELEFONE\nMaria Silva;11987654321\nJosé;21998765432\n`)
    expect(named(table, table.phoneColumn)).toBe('NÚMEROS TELEFONE')
    expect(named(table, table.nameColumn)).toBe(expected)
  })

  it('a person column beats razão social, the fallback', () => {
    const table = csv('razão social;NOMES;telefones\nACME;Maria;11987654321\n')
    expect(named(table, table.nameColumn)).toBe('NOMES')
  })
})

describe('a phone column recognised by its header', () => {
  const file = 'Nome;Contato\nAna;98216-1160\nBia;982967097\nCaio;sem numero\n'

  it('`Contato` holding numbers without a DDD is the phone column', () => {
    const table = csv(file)
    expect(named(table, table.phoneColumn)).toBe('Contato')
    const rows = cleanLeads(table, { defaultDdd: '11' }).rows
    expect(rows.map((r) => r.phone)).toEqual(['+5511982161160', '+5511982967097', null])
  })

  it('no phone column at all is a file-level notice, not "telefone vazio" on each row', () => {
    const table = csv('Nome;Cidade\nAna;Recife\nBia;Natal\n')
    expect(table.phoneColumn).toBeNull()
    expect(table.notices).toContainEqual({ code: 'no_phone_column' })
    const rows = cleanLeads(table).rows
    expect(rows.map((r) => r.reason)).toEqual(['no_phone_column', 'no_phone_column'])
  })
})

describe('the header row', () => {
  it('row 1 with a blank A1 is the header when row 2 holds data', () => {
    const table = csv(';Número\nMaria;24999085430\nJosé;21998765432\n')
    expect(table.headerRow).toBe(1)
    expect(table.columns).toEqual(['Coluna A', 'Número'])
    expect(table.dataRows.length).toBe(2)
  })

  it('a title row above a row of header words is still skipped', () => {
    const table = csv('Relatório de clientes\nNome;Telefone\nMaria;24999085430\n')
    expect(table.headerRow).toBe(2)
  })
})

describe('repeated header names', () => {
  const file = 'nome,telefone,telefone,email,nome\nAna,11987654321,21998765432,a@x.com,Ana B\n'

  it('are named as the grid shows them, each one choosable', () => {
    const table = csv(file)
    expect(table.columns).toEqual(['nome', 'telefone', 'telefone (2)', 'email', 'nome (2)'])
    const second = csv(file, { columns: { phone: 'telefone (2)' } })
    expect(cleanLeads(second).rows[0]?.phone).toBe('+5521998765432')
  })
})
