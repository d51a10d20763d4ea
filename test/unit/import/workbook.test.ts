import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { zipSync, strToU8 } from 'fflate'
import { readWorkbook } from '../../../shared/import/workbook/index'
import type { Workbook, WorkbookFormat } from '../../../shared/import/workbook/index'
import { decryptOoxml } from '../../../shared/import/workbook/decryptOoxml'
import { isImportError } from '../../../shared/import/errors'

const fixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../../shared/fixtures/${path}`, import.meta.url)))

const open = (path: string, format: WorkbookFormat): Workbook => readWorkbook(fixture(path), format)

/** Row number → cells, for the rows a test looks at. */
function rows(book: Workbook, sheet: string): Map<number, string[]> {
  const { grid } = book.readSheet(sheet)
  const out = new Map<number, string[]>()
  for (let i = 0; i < grid.length; i++) out.set(grid.rowNumber(i), grid.row(i))
  return out
}

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return isImportError(error) ? error.code : `not an ImportError: ${String(error)}`
  }
  return undefined
}

describe('planilha-vendas.xlsx', () => {
  const book = open('leads/planilha-vendas.xlsx', 'xlsx')
  const leads = rows(book, 'Leads')

  it('lists both sheets with their non-blank row counts', () => {
    expect(book.sheets).toEqual([
      { name: 'Leads', rows: 1003 },
      { name: 'Resumo', rows: 1 }
    ])
  })

  it('keeps the merged banner as its top-left value and skips the blank row 2', () => {
    expect(leads.get(1)).toEqual(['Lista de Leads - Março'])
    expect(leads.has(2)).toBe(false)
    expect(leads.get(3)).toEqual([
      'Nome',
      'Telefone',
      'E-mail',
      'Empresa',
      'Cargo',
      'Cidade',
      'UF',
      'Data Cadastro',
      'Valor Proposta',
      'Origem'
    ])
  })

  it('shows phones stored as numbers with all their digits, dates and money in pt-BR', () => {
    expect(leads.get(6)?.[1]).toBe('5532986244414')
    expect(leads.get(1002)?.[1]).toBe('5522966389470')
    expect(leads.get(4)?.slice(7, 9)).toEqual(['10/01/2025', '30.316,77'])
    expect(leads.get(4)?.[1]).toBe('+55 (42) 9 6891-0913')
  })

  it('keeps the Total footer row, whose SUM has no cached value, as the label only', () => {
    expect(leads.get(1004)).toEqual(['Total'])
    expect(Math.max(...leads.keys())).toBe(1004)
  })
})

describe('real workbooks', () => {
  it('13: three sheets listed with their row counts', () => {
    const book = open('real/13_flatfile_test-basic.xlsx', 'xlsx')
    expect(book.sheets).toEqual([
      { name: 'Departments', rows: 3 },
      { name: 'Clients', rows: 30 },
      { name: 'Rebates-Purchases', rows: 7 }
    ])
    const clients = rows(book, 'Clients')
    expect(clients.get(1)?.slice(10, 12)).toEqual(['MainPhoneNumber', 'PersonalPhoneNumber'])
    expect(clients.get(2)?.[10]).toBe('555-555-5555')
    expect(rows(book, 'Rebates-Purchases').get(2)?.[0]).toBe('Name*')
  })

  it('14: title cell, blank row, header on row 3; blank rows absent but numbers keep the gaps', () => {
    const sheet = rows(open('real/14_flatfile_test-empty-rows.xlsx', 'xlsx'), 'Sheet1')
    expect([...sheet.keys()]).toEqual([1, 3, 4, 6, 9])
    expect(sheet.get(1)).toEqual(['Book1'])
    expect(sheet.get(3)).toEqual(['header1', 'header2', 'header3'])
    expect(sheet.get(9)).toEqual(['column7', 'column8', 'column9'])
  })

  const timesheet = [
    ['Date', 'Start time', 'End time', 'Pause', 'Sum', 'Comment'],
    ['07/05/2007', '9,25', '10,25', '0', '1', 'Task 1'],
    ['07/05/2007', '10,75', '12,50', '0', '1,75', 'Task 1'],
    ['07/05/2007', '18,00', '19,00', '0', '1', 'Task 2']
  ]

  it.each([
    [
      '15: BIFF8 .xls with an .xlsx name',
      'real/15_roo_type_excel.xlsx__actually_BIFF8_xls.xlsx',
      'xls'
    ],
    ['16: OOXML with an .xls name', 'real/16_roo_type_excelx.xls__actually_OOXML.xls', 'xlsx'],
    [
      '20: ODS with pt-BR decimal commas',
      'real/20_roo_type_openoffice.xls__actually_ODS.xls',
      'ods'
    ]
  ] as const)('%s', (_, path, format) => {
    const book = open(path, format)
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Sheet2', 'Sheet3'])
    const sheet = rows(book, 'Sheet1')
    // Two blank rows before the header: the first row read is row 3.
    expect(Math.min(...sheet.keys())).toBe(3)
    expect([3, 4, 5, 6].map((n) => sheet.get(n))).toEqual(timesheet)
  })

  it('18: zero-padded numbers show as Excel shows them', () => {
    const sheet = rows(open('real/18_roo_zero-padded-number.xlsx', 'xlsx'), 'Sheet 1')
    expect([2, 3, 4].map((n) => sheet.get(n)?.[0])).toEqual(['06083', '10083', '05010'])
  })

  it('reads by content whatever format the caller guessed', () => {
    const ooxml = fixture('real/16_roo_type_excelx.xls__actually_OOXML.xls')
    expect(readWorkbook(ooxml, 'xls').sheets[0]).toEqual({ name: 'Sheet1', rows: 11 })
  })
})

describe('password-protected and damaged files', () => {
  const encrypted = fixture('leads/broken/password-protected.xlsx')

  it('asks for the password instead of failing', () => {
    expect(errorCode(() => readWorkbook(encrypted, 'xlsx'))).toBe('password_required')
  })

  it('refuses a wrong password and opens with the right one (senha123)', async () => {
    await expect(decryptOoxml(encrypted, 'errada')).rejects.toMatchObject({
      code: 'wrong_password'
    })
    const book = readWorkbook(await decryptOoxml(encrypted, 'senha123'), 'xlsx')
    expect(book.sheets.length).toBeGreaterThan(0)
  })

  it.each(['truncated.xlsx', 'garbage.xlsx'])('%s is a damaged_file, never a crash', (name) => {
    expect(errorCode(() => open(`leads/broken/${name}`, 'xlsx'))).toBe('damaged_file')
  })

  it('a zip without a workbook part is a damaged_file', () => {
    const zip = zipSync({ 'hello.txt': strToU8('not a workbook') })
    expect(errorCode(() => readWorkbook(zip, 'xlsx'))).toBe('damaged_file')
  })

  it('an unknown sheet name is sheet_not_found', () => {
    const book = open('real/18_roo_zero-padded-number.xlsx', 'xlsx')
    expect(errorCode(() => book.readSheet('Nope'))).toBe('sheet_not_found')
  })
})
