import { describe, expect, it } from 'vitest'
import { cellsOf, column, dataRowNumbers, fieldCountRowNumbers, readFixture } from './fixtures'

// fixtures/real/README.md, the **[import]** lines of the delimited-text files, and format
// detection by content of the misnamed workbooks (their cells are the workbook reader's).
describe('real files published by others', () => {
  it('01: Windows-1252 with ;, title and blank row skipped, header on row 3, DDD paired', () => {
    const table = readFixture('real/01_ans_Relatorio_cadop_2021_cp1252.csv')
    expect([table.encoding, table.delimiter, table.headerRow]).toEqual(['windows-1252', ';', 3])
    expect(table.columns).toContain('Razão Social')
    expect(table.dataRows.length).toBe(1172)
    expect(column(table, table.phoneColumn)).toBe('Telefone')
    expect(column(table, table.dddColumn)).toBe('DDD')
    expect(table.blankSkipped).toBe(0) // the blank row is above the header
  })

  it('02: no header, the first row is data and columns are Coluna A, B, …', () => {
    const table = readFixture('real/02_rfb_cnpj_K3241.K03200Y0.D10612.ESTABELE.csv')
    expect(table.headerRow).toBeNull()
    expect(table.columns.slice(0, 3)).toEqual(['Coluna A', 'Coluna B', 'Coluna C'])
    expect(dataRowNumbers(table)).toEqual([1])
    expect(table.notices).toContainEqual({ code: 'no_header' })
    expect(cellsOf(table, 1)[0]).toBe('33683111')
  })

  it('03: telefone1 is the phone column with ddd1 paired', () => {
    const table = readFixture('real/03_minha-receita_estabelecimento.csv')
    expect(column(table, table.phoneColumn)).toBe('telefone1')
    expect(column(table, table.dddColumn)).toBe('ddd1')
  })

  it('03: telefone2 can be chosen instead, and ddd2 pairs with it', () => {
    const table = readFixture('real/03_minha-receita_estabelecimento.csv', {
      columns: { phone: 'telefone2' }
    })
    expect(column(table, table.phoneColumn)).toBe('telefone2')
    expect(column(table, table.dddColumn)).toBe('ddd2')
  })

  it('07: the two rows with 12 fields under 11 headers carry field_count, unshifted', () => {
    const table = readFixture('real/07_liporoniai_modelo_contatos.csv')
    expect(table.columns.length).toBe(11)
    expect(fieldCountRowNumbers(table)).toEqual([2, 5])
    expect(cellsOf(table, 2)[4]).toBe('11988887777')
  })

  it('08 and 09: plain Nome,Telefone files', () => {
    const t08 = readFixture('real/08_zaplead-pro_exemplo_contatos.csv')
    expect([
      column(t08, t08.phoneColumn),
      column(t08, t08.nameColumn),
      t08.dataRows.length
    ]).toEqual(['Telefone', 'Nome', 30])
    const t09 = readFixture('real/09_projetodisparowhatsapp_contatos_exemplo.csv')
    expect([column(t09, t09.phoneColumn), t09.dataRows.length]).toEqual(['telefone', 5])
  })

  it('10: the 24 rows with 10 fields under 11 headers carry field_count', () => {
    const table = readFixture('real/10_chatwoot_import-contacts-sample.csv')
    // README says "rows 2–25"; as spreadsheet rows (header = row 1) they are 3–26: row 2 is whole.
    expect(fieldCountRowNumbers(table)).toEqual(Array.from({ length: 24 }, (_, i) => i + 3))
    expect(column(table, table.phoneColumn)).toBe('phone_number')
  })

  it('11: the short row (18 of 21 fields) carries field_count; three phone columns exist', () => {
    const table = readFixture('real/11_atomic-crm_contacts_export.csv')
    expect(fieldCountRowNumbers(table)).toEqual([3])
    expect(column(table, table.phoneColumn)).toBe('phone_work')
    const other = readFixture('real/11_atomic-crm_contacts_export.csv', {
      columns: { phone: 'phone_other' }
    })
    expect(column(other, other.phoneColumn)).toBe('phone_other')
  })

  it('12: leading spaces stay in the cells (cleaning trims them)', () => {
    const table = readFixture('real/12_csv-contact-cleaner_sample_contacts.csv')
    expect(cellsOf(table, 2)[0]).toBe('  John Doe')
    expect(column(table, table.phoneColumn)).toBe('phone')
  })

  it('17: valid UTF-8 despite its name, trailing empty columns ignored, quoted ; one cell', () => {
    const table = readFixture('real/17_roo_iso_8859_1__actually_utf8_mojibake.csv')
    expect([table.encoding, table.delimiter]).toEqual(['utf-8', ';'])
    expect(table.columns.length).toBe(8)
    expect(fieldCountRowNumbers(table)).toEqual([])
    expect(cellsOf(table, 2)[4]).toBe('Miramar; cuir blanc')
    // The mojibake was made before publication; decoding once as UTF-8 keeps it as published.
    expect(cellsOf(table, 2)[6]).toContain("<p>L'\u0369l\u0369gance")
  })

  it('19: UTF-8 BOM and CRLF — no stray BOM in the first header, no CR in the last cell', () => {
    const table = readFixture('real/19_react-csv-importer_bom.csv')
    expect(table.encoding).toBe('utf-8-bom')
    expect(table.columns[0]).toBe('Date')
    expect(table.columns.at(-1)).toBe('Volume')
    expect(cellsOf(table, 2).at(-1)).toBe('58191200')
  })

  it.each([
    ['real/15_roo_type_excel.xlsx__actually_BIFF8_xls.xlsx', 'xls', 'xlsx'],
    ['real/16_roo_type_excelx.xls__actually_OOXML.xls', 'xlsx', 'xls'],
    ['real/20_roo_type_openoffice.xls__actually_ODS.xls', 'ods', 'xls']
  ])('%s is read by its content (depends on the workbook reader)', (path, format, extension) => {
    const table = readFixture(path)
    expect(table.format).toBe(format)
    expect(table.notices).toContainEqual({ code: 'read_by_content', params: { extension, format } })
  })

  it('15: the two blank rows before the header are skipped (depends on the workbook reader)', () => {
    expect(readFixture('real/15_roo_type_excel.xlsx__actually_BIFF8_xls.xlsx').headerRow).toBe(3)
  })

  it('13: Clients is chosen; Rebates-Purchases can take row 2 as header (workbook reader)', () => {
    const table = readFixture('real/13_flatfile_test-basic.xlsx')
    expect(table.sheet).toBe('Clients')
    expect(table.sheets.map((s) => s.name)).toEqual(['Departments', 'Clients', 'Rebates-Purchases'])
    const rebates = readFixture('real/13_flatfile_test-basic.xlsx', {
      sheet: 'Rebates-Purchases',
      headerRow: 2
    })
    expect([rebates.sheet, rebates.headerRow]).toEqual(['Rebates-Purchases', 2])
  })

  it('14: blank rows between data rows are skipped and counted (workbook reader)', () => {
    const table = readFixture('real/14_flatfile_test-empty-rows.xlsx')
    expect(table.headerRow).toBe(3)
    expect(dataRowNumbers(table)).toEqual([4, 6, 9])
    expect(table.blankSkipped).toBe(3)
  })
})
