import { readFileSync } from 'node:fs'
import { read, utils } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import type { AutoMatchResult } from '../../../shared/mapping/autoMatch'
import { autoMatch, mappingFromMatches } from '../../../shared/mapping/autoMatch'
import type { Mapping } from '../../../shared/mapping/mapping'
import { makePreset } from '../../../shared/mapping/presets'
import { headerSimilarity } from '../../../shared/mapping/similarity'

const fixture = (name: string): string =>
  new URL(`../../../../shared/fixtures/leads/${name}`, import.meta.url).pathname

function csvHeader(name: string, encoding: string): string[] {
  const text = new TextDecoder(encoding).decode(readFileSync(fixture(name)))
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? ''
  return first.split(first.includes(';') ? ';' : ',')
}

function xlsxHeader(name: string, headerRow: number): string[] {
  const book = read(readFileSync(fixture(name)))
  const sheet = book.Sheets[book.SheetNames[0] ?? '']
  if (!sheet) throw new Error('no sheet')
  const rows = utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '', raw: false })
  return rows[headerRow - 1] ?? []
}

/** Field → matched header, for fields at confidence 1. */
function exactHeaders(result: AutoMatchResult, columns: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of result.fields) {
    if (f.confidence === 1 && f.column !== null) out[f.field] = columns[f.column] ?? '?'
  }
  return out
}

const crmHeaders = {
  phone: 'Telefone',
  name: 'Nome',
  email: 'E-mail',
  company: 'Empresa',
  jobTitle: 'Cargo',
  city: 'Cidade',
  state: 'UF',
  date: 'Data Cadastro',
  amount: 'Valor Proposta',
  source: 'Origem'
}

describe('autoMatch against the fixture headers', () => {
  it('crm-export-utf8.csv', () => {
    const columns = csvHeader('crm-export-utf8.csv', 'utf-8')
    expect(exactHeaders(autoMatch(columns), columns)).toEqual(crmHeaders)
  })

  it('excel-ptbr-cp1252.csv', () => {
    const columns = csvHeader('excel-ptbr-cp1252.csv', 'windows-1252')
    expect(exactHeaders(autoMatch(columns), columns)).toEqual({
      phone: 'Celular',
      name: 'Nome completo',
      email: 'Email',
      company: 'Razão Social',
      jobTitle: 'Cargo',
      city: 'Cidade',
      state: 'Estado',
      date: 'Data',
      amount: 'Valor',
      source: 'Fonte'
    })
  })

  it('planilha-vendas.xlsx (header on row 3)', () => {
    const columns = xlsxHeader('planilha-vendas.xlsx', 3)
    expect(exactHeaders(autoMatch(columns), columns)).toEqual(crmHeaders)
  })
})

describe('autoMatch', () => {
  it('suggests fuzzy matches below 1 and leaves unmatched fields empty', () => {
    const columns = ['Telfone', 'Nome do Cliente', 'Observações']
    const fields = autoMatch(columns).fields
    const phone = fields.find((f) => f.field === 'phone')
    expect(phone?.column).toBe(0)
    expect(phone?.confidence).toBeGreaterThan(0.5)
    expect(phone?.confidence).toBeLessThan(1)
    expect(fields.find((f) => f.field === 'name')).toMatchObject({ column: 1, confidence: 1 })
    expect(fields.find((f) => f.field === 'email')).toEqual({
      field: 'email',
      column: null,
      confidence: 0
    })
  })

  it('gives each column to one field only, the best match first', () => {
    const fields = autoMatch(['WhatsApp', 'Contato']).fields
    expect(fields.find((f) => f.field === 'phone')).toMatchObject({ column: 0, confidence: 1 })
    expect(fields.find((f) => f.field === 'name')).toMatchObject({ column: 1, confidence: 1 })
    const single = autoMatch(['Telefone Celular']).fields.filter((f) => f.column !== null)
    expect(single).toEqual([{ field: 'phone', column: 0, confidence: 1 }])
  })

  it('pairs a DDD column only when it sits beside the phone', () => {
    const ddd = (columns: string[]): number | null =>
      autoMatch(columns).fields.find((f) => f.field === 'ddd')?.column ?? null
    expect(ddd(['Nome', 'DDD', 'Telefone'])).toBe(1)
    expect(ddd(['Nome', 'Celular', 'Código de área'])).toBe(2)
    expect(ddd(['DDD', 'Nome', 'Telefone'])).toBeNull()
    expect(ddd(['DDD', 'Nome'])).toBeNull()
  })

  it('ignores accents, case and punctuation for exact matches', () => {
    expect(headerSimilarity('RAZAO  SOCIAL', 'Razão Social')).toBe(1)
    expect(headerSimilarity('e_mail', 'E-mail')).toBe(1)
    expect(headerSimilarity('Responsável', 'responsavel')).toBe(1)
    expect(headerSimilarity('Cidade', 'cidades')).toBeLessThan(1)
    expect(headerSimilarity('', 'x')).toBe(0)
  })
})

describe('autoMatch with a preset', () => {
  const savedColumns = ['Cel. Principal', 'Nome', 'Empresa', 'Vendedor responsável']
  const saved: Mapping = {
    provider: 'kinbox',
    phone: { column: 0 },
    name: { column: 1 },
    variables: [
      {
        key: 'leadName',
        column: 1,
        transform: 'firstName',
        empty: { kind: 'default', value: 'cliente' }
      },
      { key: 'seller', column: 3, empty: { kind: 'omit' } }
    ]
  }
  const preset = makePreset('Vendas', saved, savedColumns)

  it("matches the preset's own headers exactly, even unknown ones", () => {
    const columns = ['Empresa', 'Vendedor Responsavel', 'NOME', 'Cel. principal']
    const result = autoMatch(columns, { preset })
    expect(result.fields.find((f) => f.field === 'phone')).toMatchObject({
      column: 3,
      confidence: 1
    })
    expect(result.variables).toEqual([
      { key: 'leadName', column: 2, confidence: 1 },
      { key: 'seller', column: 1, confidence: 1 }
    ])
    expect(mappingFromMatches(result, 'kinbox', preset)).toEqual({
      provider: 'kinbox',
      phone: { column: 3 },
      name: { column: 2 },
      variables: [
        {
          key: 'leadName',
          column: 2,
          transform: 'firstName',
          empty: { kind: 'default', value: 'cliente' }
        },
        { key: 'seller', column: 1, empty: { kind: 'omit' } }
      ]
    })
  })

  it('only suggests a renamed column and leaves it out of the applied mapping', () => {
    const columns = ['Cel. Principal', 'Nome', 'Vendedor']
    const result = autoMatch(columns, { preset })
    const seller = result.variables.find((v) => v.key === 'seller')
    expect(seller?.column).toBe(2)
    expect(seller?.confidence).toBeLessThan(1)
    expect(mappingFromMatches(result, 'kinbox', preset)?.variables.map((v) => v.key)).toEqual([
      'leadName'
    ])
  })

  it('applies nothing without an exact phone match', () => {
    expect(mappingFromMatches(autoMatch(['Telfone', 'Nome']), 'integra')).toBeNull()
    expect(mappingFromMatches(autoMatch(['Nome', 'DDD', 'Fone']), 'integra')).toEqual({
      provider: 'integra',
      phone: { column: 2, dddColumn: 1 },
      name: { column: 0 },
      variables: []
    })
  })
})
