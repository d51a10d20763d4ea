import { describe, expect, it } from 'vitest'
import { zipSync, strToU8 } from 'fflate'
import { detectFormat } from '../../../shared/import/detect/detectFormat'
import { readLeadFile } from '../../../shared/import/readLeadFile'
import { column, dataRowNumbers, importErrorOf, readText } from './fixtures'

const encode = (text: string) => new TextEncoder().encode(text)

describe('format by content', () => {
  it('tells xlsx from ods inside a zip, and refuses other zips', () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<w/>')
    })
    expect(detectFormat(xlsx)).toBe('xlsx')
    const ods = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<c/>')
    })
    expect(detectFormat(ods)).toBe('ods')
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<d/>')
    })
    expect(importErrorOf(() => detectFormat(docx)).code).toBe('not_a_spreadsheet')
    expect(importErrorOf(() => detectFormat(xlsx.subarray(0, xlsx.length - 30))).code).toBe(
      'damaged_file'
    )
  })

  it('sees HTML after a BOM and whitespace, and binary as not a spreadsheet', () => {
    expect(detectFormat(encode('\ufeff\n  <!DOCTYPE html><html>'))).toBe('html')
    expect(detectFormat(encode('<table><tr><td>1</td></tr></table>'))).toBe('html')
    expect(detectFormat(encode('Nome;<b>Tel</b>\n'))).toBe('text')
    expect(importErrorOf(() => detectFormat(new Uint8Array([0x4e, 0x00, 0x6f, 0x6d]))).code).toBe(
      'not_a_spreadsheet'
    )
    const utf16 = new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x3b, 0x00, 0x54, 0x00])
    expect(detectFormat(utf16)).toBe('text')
  })

  it('reads a text file named .txt or .tsv without a notice', () => {
    expect(readText('Nome\tCelular\nAna\t11987654321\n', 'leads.tsv').notices).toEqual([])
  })
})

describe('HTML tables (the ".xls" CRMs export)', () => {
  const page = `<html><head><meta charset="utf-8"><style>td{color:red}</style></head><body>
    <table><tr><td>menu</td></tr></table>
    <table border=1>
      <tr><th colspan="2">Exportação de contatos</th></tr>
      <tr><th>Nome</th><th>Telefone</th><th>Obs</th></tr>
      <tr><td>Jo&atilde;o &amp; Maria</td><td>(11)&nbsp;98765-4321</td><td>ligar<br>depois</td></tr>
      <tr><td>  Ana
        Souza </td><td>21 99876-5432</td><td><b>VIP</b></td></tr>
    </table></body></html>`

  it('reads the largest table: title skipped, entities decoded, <br> a line break', () => {
    const table = readLeadFile(encode(page), 'contatos.xls')
    expect(table.format).toBe('html')
    expect(table.notices).toContainEqual({
      code: 'read_by_content',
      params: { extension: 'xls', format: 'html' }
    })
    expect([table.headerRow, column(table, table.phoneColumn), dataRowNumbers(table)]).toEqual([
      2,
      'Telefone',
      [3, 4]
    ])
    expect(table.grid.row(table.dataRows[0] ?? 0)).toEqual([
      'João & Maria',
      '(11) 98765-4321',
      'ligar\ndepois'
    ])
    expect(table.grid.row(table.dataRows[1] ?? 0)).toEqual(['Ana Souza', '21 99876-5432', 'VIP'])
  })

  it('fails with html_no_table on a page without one', () => {
    expect(
      importErrorOf(() => readLeadFile(encode('<html><body>oi</body></html>'), 'a.xls')).code
    ).toBe('html_no_table')
  })
})
