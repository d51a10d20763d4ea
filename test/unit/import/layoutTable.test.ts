import { describe, expect, it } from 'vitest'
import { createGrid } from '../../../shared/import/grid'
import { layoutTable } from '../../../shared/import/table/layoutTable'
import { column, dataRowNumbers, fieldCountRowNumbers, importErrorOf, readText } from './fixtures'

function grid(rows: [number, string[]][]) {
  const g = createGrid()
  for (const [n, cells] of rows) g.push(n, cells)
  return g
}

describe('header detection', () => {
  it('skips a title row and blank rows above the header', () => {
    const table = readText('Leads de março\n\n\nNome;Telefone\nAna;11 98765-4321\n')
    expect([table.headerRow, dataRowNumbers(table)]).toEqual([4, [5]])
  })

  it('names the columns Coluna A, B… when the first row is values', () => {
    const table = readText(
      '11987654321,ana@x.com.br,25/12/2024\n21987654321,bia@x.com.br,01/01/2025\n'
    )
    expect(table.headerRow).toBeNull()
    expect(table.columns).toEqual(['Coluna A', 'Coluna B', 'Coluna C'])
    expect(dataRowNumbers(table)).toEqual([1, 2])
    expect(column(table, table.phoneColumn)).toBe('Coluna A')
  })

  it('takes the header row the user picks, or none (0)', () => {
    const text = 'Relatório,gerado em 01/02\nNome,Telefone\nAna,11987654321\n'
    expect(readText(text, 'a.csv', { headerRow: 2 }).columns).toEqual(['Nome', 'Telefone'])
    expect(dataRowNumbers(readText(text, 'a.csv', { headerRow: 0 }))).toEqual([1, 2, 3])
    expect(importErrorOf(() => readText(text, 'a.csv', { headerRow: 9 })).code).toBe(
      'header_row_not_found'
    )
  })

  it('fails with no_data_rows when only a header is there (blank lines after it too)', () => {
    expect(importErrorOf(() => readText('Nome;Telefone\n;\n\n')).code).toBe('no_data_rows')
  })

  it('calls a file of whitespace empty', () => {
    expect(importErrorOf(() => readText('\ufeff \r\n ')).code).toBe('empty_file')
  })
})

describe('blank, footer and field_count rows', () => {
  it('counts blank rows below the header, wherever they are', () => {
    const table = readText('Nome;Tel\nAna;11987654321\n;\n\nBia;21987654321\n \n')
    expect(dataRowNumbers(table)).toEqual([2, 5])
    expect(table.blankSkipped).toBe(3)
  })

  it('sets Total/Soma rows without a phone at the end aside, but not a lead named Total', () => {
    const table = readText(
      'Nome;Telefone;Valor\nAna;11987654321;10\nTotal Gerenciamento;21987654321;5\nTOTAL:;;15\nSoma;;2\n'
    )
    expect(dataRowNumbers(table)).toEqual([2, 3])
    expect(table.footerRowsSkipped).toBe(2)
  })

  it('flags rows with more or fewer fields, ignoring trailing empty ones', () => {
    const table = readText('a,b,c,,\n1,2,3\n1,2\n1,2,3,,,\n1,2,3,4\n')
    expect(table.columns).toEqual(['a', 'b', 'c'])
    expect(fieldCountRowNumbers(table)).toEqual([3, 5])
  })

  it('counts gaps in a workbook grid as blank rows and sets formula-only rows aside', () => {
    const sheet = grid([
      [1, ['Planilha']],
      [3, ['Nome', 'Celular']],
      [4, ['Ana', '11987654321']],
      [7, ['Bia', '21987654321']],
      [8, ['', '2']]
    ])
    const layout = layoutTable(sheet, { delimited: false, formulaOnlyRows: new Set([8]) })
    expect([layout.headerRow, layout.blankSkipped, layout.footerRowsSkipped]).toEqual([3, 2, 1])
    expect(Array.from(layout.dataRows, (i) => sheet.rowNumber(i))).toEqual([4, 7])
  })

  it('gives text beyond the header of a workbook its own column', () => {
    const sheet = grid([
      [1, ['Nome', 'Telefone']],
      [2, ['Ana', '11987654321', 'ligar à tarde']]
    ])
    expect(layoutTable(sheet, { delimited: false }).columns).toEqual([
      'Nome',
      'Telefone',
      'Coluna C'
    ])
  })
})
