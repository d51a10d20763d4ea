import { read, utils } from '@e965/xlsx'
import { strFromU8, unzipSync } from 'fflate'
import { createRequire } from 'node:module'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { writeLeadsCsv, writeLeadsFile, writeLeadsXlsx } from '../../../shared/launch/leadsFile'
import type { KinboxLeadsFile } from '../../../shared/launch/types'

// jsdom ships no types; only its XML DOMParser is needed, to check every part is well-formed.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } }
}

const TRICKY = [
  '5511987654321',
  '007',
  '1e5',
  '=SUM(A1:A2)',
  'Silva, Souza & Cia <matriz>',
  'Clínica "Sorriso"; filial',
  'linha 1\nlinha 2',
  '  espaços  ',
  'tab\there',
  '_x0041_ literal',
  'controle \u0001 aqui',
  'emoji 😀 ok',
  'São João · Ñandú',
  ''
]

const file: KinboxLeadsFile = {
  header: ['number', 'leadName', 'companyName'],
  rows: [
    ['5511987654321', 'Maria', 'Padaria Pão Quente'],
    ...TRICKY.map((text, i) => [
      `55119000000${String(i).padStart(2, '0')}`,
      text,
      TRICKY.at(-1 - i) ?? ''
    ])
  ]
}

/** SheetJS (the reference reader): the first sheet's cells, as text, and their types. */
function readBack(bytes: Uint8Array) {
  const workbook = read(bytes, { type: 'array' })
  const sheet = workbook.Sheets[workbook.SheetNames[0]!]!
  const cells = utils.sheet_to_json<string[]>(sheet, { header: 1, raw: true, defval: '' })
  const types = Object.keys(sheet)
    .filter((key) => !key.startsWith('!'))
    .map((key) => (sheet[key] as { t: string }).t)
  return { names: workbook.SheetNames, cells, types }
}

describe('the xlsx leads file', () => {
  it('reads back in SheetJS with the same cells, every one a string, on the first sheet', () => {
    const back = readBack(writeLeadsXlsx(file))
    expect(back.names).toEqual(['Leads'])
    expect(back.cells).toEqual([file.header, ...file.rows])
    expect(new Set(back.types)).toEqual(new Set(['s']))
  })

  it('is a well-formed OOXML package: content types, relationships, parts', () => {
    const parts = unzipSync(writeLeadsXlsx(file))
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml'
    ])
    const parser = new new JSDOM('').window.DOMParser()
    const xml = (name: string) => {
      const doc = parser.parseFromString(strFromU8(parts[name]!), 'application/xml')
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
      return doc
    }
    for (const name of Object.keys(parts)) xml(name)

    const overrides = [...xml('[Content_Types].xml').getElementsByTagName('Override')]
    const typeOf = new Map(
      overrides.map((o) => [o.getAttribute('PartName'), o.getAttribute('ContentType')])
    )
    expect(typeOf.get('/xl/workbook.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'
    )
    expect(typeOf.get('/xl/worksheets/sheet1.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'
    )
    for (const part of typeOf.keys()) expect(parts[part!.slice(1)]).toBeDefined()

    const root = xml('_rels/.rels').getElementsByTagName('Relationship')[0]!
    expect(root.getAttribute('Target')).toBe('xl/workbook.xml')
    const targets = [...xml('xl/_rels/workbook.xml.rels').getElementsByTagName('Relationship')].map(
      (r) => `xl/${r.getAttribute('Target')}`
    )
    for (const target of targets) expect(parts[target]).toBeDefined()

    const sheet = xml('xl/worksheets/sheet1.xml')
    expect(sheet.getElementsByTagName('dimension')[0]!.getAttribute('ref')).toBe(
      `A1:C${file.rows.length + 1}`
    )
    // Every cell a shared string; the table holds each column's distinct texts once.
    const cells = [...sheet.getElementsByTagName('c')]
    expect(cells).toHaveLength(3 * (file.rows.length + 1))
    expect(cells.every((c) => c.getAttribute('t') === 's')).toBe(true)
    const sst = xml('xl/sharedStrings.xml').documentElement
    const table = [file.header, ...file.rows]
    const distinct = [0, 1, 2]
      .map((c) => new Set(table.map((row) => row[c])).size)
      .reduce((a, b) => a + b)
    expect(sst.getAttribute('uniqueCount')).toBe(String(distinct))
    expect(sst.getAttribute('count')).toBe(String(cells.length))
    expect(sst.getElementsByTagName('si')).toHaveLength(distinct)
    expect(typeOf.get('/xl/sharedStrings.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'
    )
  })

  it('reads back 5,000 rows whose numbers never repeat and whose cities always do', () => {
    const big: KinboxLeadsFile = {
      header: ['number', 'city'],
      rows: Array.from({ length: 5000 }, (_, i) => [
        `55119${String(i).padStart(8, '0')}`,
        i % 2 === 0 ? 'São Paulo' : 'Belém'
      ])
    }
    const back = readBack(writeLeadsXlsx(big))
    expect(back.cells).toEqual([big.header, ...big.rows])
    const sst = strFromU8(unzipSync(writeLeadsXlsx(big))['xl/sharedStrings.xml']!)
    expect(sst.split('<t>Belém</t>')).toHaveLength(2)
  })

  it('replaces a lone surrogate (not valid XML) with U+FFFD', () => {
    const bad = { header: ['number', 'x'], rows: [['5511900000000', 'a\uD800b']] }
    expect(readBack(writeLeadsXlsx(bad)).cells[1]).toEqual(['5511900000000', 'a\uFFFDb'])
  })

  it('writes many columns past Z with the right letters', () => {
    const header = ['number', ...Array.from({ length: 30 }, (_, i) => `v${i}`)]
    const row = header.map((_, i) => `c${i}`)
    const back = readBack(writeLeadsXlsx({ header, rows: [row] }))
    expect(back.cells).toEqual([header, row])
  })
})

describe('the csv leads file', () => {
  it('is UTF-8 with a BOM, CRLF lines, and reads back to the same cells', () => {
    const bytes = writeLeadsCsv(file)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    expect(text.startsWith('number,leadName,companyName\r\n')).toBe(true)
    const parsed = Papa.parse<string[]>(text.replace(/\r\n$/, ''), { delimiter: ',' })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toEqual([file.header, ...file.rows])
  })

  it('quotes only cells with a comma, semicolon, tab, quote or line break; no apostrophes', () => {
    const text = new TextDecoder().decode(
      writeLeadsCsv({
        header: ['number', 'v'],
        rows: [
          ['5511900000000', '=1+1'],
          ['5511900000001', 'a;b'],
          ['5511900000002', 'diz "oi"']
        ]
      })
    )
    expect(text.split('\r\n').slice(1)).toEqual([
      '5511900000000,=1+1',
      '5511900000001,"a;b"',
      '5511900000002,"diz ""oi"""',
      ''
    ])
  })
})

describe('writeLeadsFile', () => {
  it('names the content type and extension of each format', () => {
    expect(writeLeadsFile(file, 'xlsx')).toMatchObject({
      extension: 'xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    })
    const csv = writeLeadsFile(file, 'csv')
    expect([csv.extension, csv.contentType]).toEqual(['csv', 'text/csv; charset=utf-8'])
    expect(csv.bytes).toEqual(writeLeadsCsv(file))
  })
})
