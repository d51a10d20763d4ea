import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { zipSync, strToU8 } from 'fflate'
import { read, utils, write, SSF } from '@e965/xlsx'
import type { CellObject } from '@e965/xlsx'
import { readWorkbook } from '../../../shared/import/workbook/index'

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A hand-made .xlsx, so each case in the sheet XML is exactly what the test says. */
function handMadeXlsx(sheetData: string, sharedStrings: string[], numFmts = ''): Uint8Array {
  const parts: Record<string, string> = {
    '_rels/.rels': `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Dados" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst ${NS}>${sharedStrings.map((s) => `<si>${s}</si>`).join('')}</sst>`,
    'xl/styles.xml': `<styleSheet ${NS}><numFmts>${numFmts}</numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/><xf numFmtId="10"/><xf numFmtId="22"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`
  }
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])))
}

describe('the xlsx scanner on a generated sheet', () => {
  const bytes = handMadeXlsx(
    [
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Inline &lt;b&gt;</t></is></c>',
      '<c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c></row>',
      '<row r="2"><c r="A2"><v>5511987654321</v></c><c r="B2" s="1"><v>45667</v></c>',
      '<c r="C2" s="2"><v>6083</v></c><c r="D2" s="3"><v>1234.5</v></c><c r="E2" s="4"><v>0.256</v></c>',
      '<c r="F2" s="5"><v>45667.75</v></c><c r="G2" t="str"><f>A1</f><v>x &amp; y</v></c></row>',
      '<row r="4"><c><v>1</v></c><c><v>2.5</v></c></row>',
      '<row r="5"><c r="B5"><f>SUM(A4:B4)</f><v>3.5</v></c></row>',
      '<row r="6"><c r="A6" t="inlineStr"><is><t>   </t></is></c><c r="B6" s="3"/></row>',
      '<row r="7" spans="1:3"><c r="C7" t="s"><v>1</v></c></row>',
      '<row><c r="A8" t="s"><v>2</v></c></row>'
    ].join(''),
    [
      '<r><t>Jo</t></r><r><rPr><b/></rPr><t xml:space="preserve">ão &amp; </t></r><rPh><t>ジ</t></rPh>',
      '<t>linha_x000D_fim</t>',
      '<t/>'
    ],
    '<numFmt numFmtId="164" formatCode="00000"/>'
  )
  const book = readWorkbook(bytes, 'xlsx')
  const { grid, formulaOnlyRows } = book.readSheet('Dados')
  const row = (n: number): string[] | undefined => {
    for (let i = 0; i < grid.length; i++) if (grid.rowNumber(i) === n) return grid.row(i)
    return undefined
  }

  it('joins rich-text runs without phonetic runs, decodes entities and _xHHHH_ escapes', () => {
    expect(row(1)).toEqual(['João & ', 'Inline <b>', 'VERDADEIRO', '#N/A'])
    expect(row(7)).toEqual(['', '', 'linha\rfim'])
  })

  it('applies each style’s number format', () => {
    expect(row(2)).toEqual([
      '5511987654321',
      '10/01/2025',
      '06083',
      '1.234,50',
      '25,60%',
      '10/01/2025 18:00',
      'x & y'
    ])
  })

  it('numbers cells without r= by position and rows without r= after the previous one', () => {
    expect(row(4)).toEqual(['1', '2,5'])
    expect(book.sheets).toEqual([{ name: 'Dados', rows: 5 }])
    expect([...Array(grid.length).keys()].map((i) => grid.rowNumber(i))).toEqual([1, 2, 4, 5, 7])
  })

  it('leaves whitespace-only and empty-string rows out', () => {
    expect(row(6)).toBeUndefined()
    expect(row(8)).toBeUndefined()
  })

  it('shows a formula by its cached value and marks rows made only of formulas', () => {
    expect(row(5)).toEqual(['', '3,5'])
    expect([...formulaOnlyRows]).toEqual([5])
  })
})

describe('agreement with SheetJS', () => {
  const fixtures = [
    'leads/planilha-vendas.xlsx',
    'real/13_flatfile_test-basic.xlsx',
    'real/14_flatfile_test-empty-rows.xlsx',
    'real/16_roo_type_excelx.xls__actually_OOXML.xls',
    'real/18_roo_zero-padded-number.xlsx'
  ]

  /**
   * What our text should be for a SheetJS cell, in pt-BR, or undefined to skip the cell.
   * General numbers are compared by value: SheetJS shows 5532986244414 as 5.53299E+12.
   */
  function expected(cell: CellObject): string | number | undefined {
    if (cell.t === 's') return String(cell.v)
    if (cell.t !== 'n' || typeof cell.v !== 'number') return undefined
    const code = String(cell.z ?? 'General')
    if (code === 'General') return cell.v
    if (SSF.is_date(code))
      return SSF.format(/h/i.test(code) ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy', cell.v)
    // SheetJS's own text with pt-BR separators swapped in.
    return (cell.w ?? '').replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'))
  }

  const asNumber = (text: string | undefined): number => Number(text?.replace(',', '.'))

  it.each(fixtures)('%s: every string, number and date cell matches', (path) => {
    const bytes = new Uint8Array(
      readFileSync(new URL(`../../../../shared/fixtures/${path}`, import.meta.url))
    )
    const ours = readWorkbook(bytes, 'xlsx')
    const theirs = read(bytes, { type: 'array', dense: true, cellNF: true })
    let compared = 0
    for (const name of theirs.SheetNames) {
      const { grid } = ours.readSheet(name)
      const byRow = new Map<number, number>()
      for (let i = 0; i < grid.length; i++) byRow.set(grid.rowNumber(i), i)
      const data = (theirs.Sheets[name]?.['!data'] ?? []) as (CellObject[] | undefined)[]
      data.forEach((cells, r) => {
        cells?.forEach((cell, c) => {
          const text = cell ? expected(cell) : undefined
          if (text === undefined || String(text).trim() === '') return
          const i = byRow.get(r + 1)
          const where = `${name}!${utils.encode_cell({ r, c })}`
          const ourText = i === undefined ? undefined : grid.cell(i, c)
          if (typeof text === 'number') expect(asNumber(ourText), where).toBe(text)
          else expect(ourText, where).toBe(text)
          compared++
        })
      })
    }
    expect(compared).toBeGreaterThan(0)
  })
})

describe('progress', () => {
  it('reports increasing fractions up to 1 while reading a big sheet', () => {
    const rows: CellObject[][] = []
    for (let i = 0; i < 20_000; i++)
      rows.push([
        { t: 's', v: `Lead ${i}` },
        { t: 'n', v: 5511900000000 + i }
      ])
    const book = utils.book_new()
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Leads')
    const bytes = write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
    const fractions: number[] = []
    const ours = readWorkbook(new Uint8Array(bytes), 'xlsx', {
      onProgress: (f) => fractions.push(f)
    })
    expect(ours.sheets).toEqual([{ name: 'Leads', rows: 20_000 }])
    expect(ours.readSheet('Leads').grid.row(19_999)).toEqual(['Lead 19999', '5511900019999'])
    expect(fractions.length).toBeGreaterThan(5)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(fractions.at(-1)).toBe(1)
  })
})
