/**
 * xlsx numbers kept raw and rendered when read (issue 13: inspect formats no date or amount it
 * never reads) give exactly the cells, rows and row counts of rendering them while reading,
 * and alwaysShowsText never calls a format visible when a number can come out blank.
 */
import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { zipSync, strToU8 } from 'fflate'
import { readWorkbook } from '../../../shared/import/workbook/index'
import type { Workbook } from '../../../shared/import/workbook/types'
import { alwaysShowsText, compileNumberFormat } from '../../../shared/import/workbook/numberFormat'
import { formatGeneralText } from '../../../shared/import/workbook/generalNumber'
import { builtinFormat } from '../../../shared/import/workbook/builtinFormats'

const BUILTIN_CODES = Array.from({ length: 60 }, (_, id) => builtinFormat(id))

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url)

/** Every sheet of a workbook as plain data: names, row counts, rows, formula-only rows. */
function contents(book: Workbook) {
  return book.sheets.map(({ name, rows }) => {
    const { grid, formulaOnlyRows } = book.readSheet(name)
    const cells = Array.from({ length: grid.length }, (_, i) => [
      grid.rowNumber(i),
      grid.width(i),
      grid.row(i),
      Array.from({ length: grid.width(i) + 1 }, (__, c) => grid.cell(i, c))
    ])
    return { name, rows, cells, formulaOnly: [...formulaOnlyRows].sort((a, b) => a - b) }
  })
}

function both(bytes: Uint8Array) {
  return {
    raw: contents(readWorkbook(bytes, 'xlsx', { rawNumbers: true })),
    rendered: contents(readWorkbook(bytes, 'xlsx'))
  }
}

/** A sheet of numbers in the given formats (style i + 1 is formats[i]), hand-written XML. */
function numbersXlsx(formats: string[], values: string[]): Uint8Array {
  const numFmts = formats
    .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`)
    .join('')
  const xfs = ['<xf numFmtId="0"/>', ...formats.map((_, i) => `<xf numFmtId="${164 + i}"/>`)]
  const rows: string[] = []
  let r = 1
  for (const value of values) {
    // Alone in a row (the row's visibility hangs on it), beside text, and as a formula's value.
    const cells = formats.map((_, i) => `<c s="${i + 1}"><v>${value}</v></c>`)
    rows.push(`<row r="${r++}">${cells.join('')}</row>`)
    for (let s = 0; s <= formats.length; s++)
      rows.push(`<row r="${r++}"><c s="${s}"><v>${value}</v></c></row>`)
    rows.push(`<row r="${r++}"><c t="s"><v>0</v></c><c s="1"><v>${value}</v></c></row>`)
    rows.push(
      `<row r="${r++}"><c s="1"><f>A1</f><v>${value}</v></c><c s="2"><v>${value}</v></c></row>`
    )
  }
  const parts: Record<string, string> = {
    '_rels/.rels': `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Dados" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst ${NS}><si><t>Nome</t></si></sst>`,
    'xl/styles.xml': `<styleSheet ${NS}><numFmts>${numFmts}</numFmts><cellXfs>${xfs.join('')}</cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<worksheet ${NS}><sheetData>${rows.join('')}</sheetData></worksheet>`
  }
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])))
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
}

const VALUES = [
  '0',
  '1',
  '-1',
  '0.5',
  '-0.25',
  '45667',
  '45667.75',
  '1234.5',
  '5511987654',
  ' ',
  '-',
  '1e400',
  'abc',
  '1E-7',
  '99999999999'
]

const FORMATS = [
  'General',
  '0',
  '0.00',
  '#,##0.00',
  '#',
  '#,###',
  '??',
  '0;-0;;@',
  ';;;',
  '0;',
  '"R$ "#,##0.00;\\-"R$ "#,##0.00',
  '_-* #,##0.00_-;\\-* #,##0.00_-;_-* "-"??_-;_-@_-',
  'dd/mm/yyyy',
  'h:mm',
  '[h]:mm',
  '0%',
  '0.00E+00',
  '@',
  '# ?/?',
  '(00) 00000-0000',
  '"x"',
  '" "',
  '_-',
  '#,##0,',
  '[Red]0.00;[Blue]-0.00'
]

describe('xlsx numbers rendered when read', () => {
  it('give the same sheets as rendering them while reading, format by format', () => {
    const { raw, rendered } = both(numbersXlsx(FORMATS, VALUES))
    expect(raw).toEqual(rendered)
  })

  it.each(
    readdirSync(new URL('leads/', FIXTURES))
      .filter((name) => name.endsWith('.xlsx'))
      .map((name) => `leads/${name}`)
      .concat(
        readdirSync(new URL('real/', FIXTURES))
          .filter((name) => /\.xlsx?$/.test(name))
          .map((name) => `real/${name}`)
      )
  )('%s: the same sheets either way', (path) => {
    const bytes = new Uint8Array(readFileSync(new URL(path, FIXTURES)))
    let result
    try {
      result = both(bytes)
    } catch {
      return // not an xlsx this reader opens: nothing to compare
    }
    expect(result.raw).toEqual(result.rendered)
  })

  it('alwaysShowsText is never wrong about a format: any number shows visible text', () => {
    const number = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.constantFrom(0, -0, 0.5, -0.5, 1e-9, 45667.75, 1e21, -1e21, 5511987654321)
    )
    const codes = [...FORMATS, ...BUILTIN_CODES]
    for (const code of codes) {
      if (!alwaysShowsText(code)) continue
      const render = compileNumberFormat(code)
      fc.assert(
        fc.property(number, (value) => {
          expect(render(value).trim(), `${code} ${value}`).not.toBe('')
        }),
        { numRuns: 300 }
      )
    }
    // General reads the raw <v> text: any non-empty one shows something.
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 14 }), (raw) => {
        expect(formatGeneralText(raw).trim()).not.toBe('')
      })
    )
  })

  it('alwaysShowsText says no where a number can be blank', () => {
    for (const code of ['#', '#,###', '??', '0;-0;;@', ';;;', '0;', '" "', '_-'])
      expect(alwaysShowsText(code), code).toBe(false)
    for (const code of ['General', '0', '#,##0.00', 'dd/mm/yyyy', '0%', '@', '"x"'])
      expect(alwaysShowsText(code), code).toBe(true)
  })
})
