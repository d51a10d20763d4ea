import { describe, expect, it } from 'vitest'
import { column, dataRowNumbers, expectedOf, readFixture } from './fixtures'

describe.each([
  'leads/crm-export-utf8.csv',
  'leads/excel-ptbr-cp1252.csv',
  'leads/planilha-vendas.xlsx'
])('%s imports as its .expected.json says', (path) => {
  // planilha-vendas.xlsx depends on the workbook reader (shared/import/workbook).
  const expected = expectedOf(path)
  const table = readFixture(path)

  it('finds the header row, the phone column and the sheet', () => {
    expect(table.headerRow).toBe(expected.headerRow)
    expect(column(table, table.phoneColumn)).toBe(expected.phoneColumn)
    expect(table.sheet).toBe(expected.sheet ?? null)
  })

  it('keeps the spreadsheet row numbers of every data row', () => {
    expect(dataRowNumbers(table)).toEqual(expected.rows.map((r) => r.row))
  })

  it('counts blank and footer rows', () => {
    expect(table.blankSkipped).toBe(expected.summary.blankSkipped)
    expect(table.footerRowsSkipped).toBe(expected.summary.footerRowsSkipped)
  })
})

describe('encodings of the lead fixtures', () => {
  it('reads the UTF-8 export with its BOM stripped from the first header', () => {
    const table = readFixture('leads/crm-export-utf8.csv')
    expect(table.encoding).toBe('utf-8-bom')
    expect(table.delimiter).toBe(',')
    expect(table.columns[0]).toBe('Nome')
    expect(table.grid.cell(table.dataRows[0] ?? 0, 0)).toBe('JOSÉ CONCEIÇÃO')
  })

  it('reads the Excel pt-BR export as Windows-1252 with ;', () => {
    const table = readFixture('leads/excel-ptbr-cp1252.csv')
    expect(table.encoding).toBe('windows-1252')
    expect(table.delimiter).toBe(';')
    expect(table.columns).toContain('Razão Social')
    expect(column(table, table.nameColumn)).toBe('Nome completo')
  })

  it('keeps a leading zero in a phone cell of a CSV (no type guessing)', () => {
    const table = readFixture('leads/crm-export-utf8.csv')
    expect(table.grid.cell(table.dataRows[0] ?? 0, 1)).toBe('022993153952')
  })
})
