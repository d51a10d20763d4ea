import * as XLSX from '@e965/xlsx'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import { exportCleanResultCsv } from '../../../shared/cleaning/export/exportCsv'
import { exportCleanResultXlsx } from '../../../shared/cleaning/export/exportXlsx'
import { readLeadFile } from '../../../shared/import/readLeadFile'

const HOSTILE = "x,=2+3*cmd|' /C calc'!A0,"
/** In CSV, the formula behind the comma gets its `'` too (a reader may split the cell there). */
const HOSTILE_IN_CSV = "x,'=2+3*cmd|' /C calc'!A0,"
const PHONE_AS_TYPED = '+55 (11) 98765-4320'

/** A lead list with hostile cells, first and in the middle, and a phone typed as people type it. */
function hostileTable() {
  const csv = [
    'Empresa;Telefone;Outra;Obs',
    `"${HOSTILE}";${PHONE_AS_TYPED};"${HOSTILE}";" =HYPERLINK(""http://evil.example"")"`,
    'Bia;(21) 99876-5432;"a\tb";"linha 1\nlinha 2"'
  ].join('\r\n')
  return readLeadFile(new TextEncoder().encode(csv + '\r\n'), 'hostile.csv', {})
}

/** How a spreadsheet would split the file if it guessed `,` as the separator. */
const readAsCommaSeparated = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data

describe('CSV export of hostile cells', () => {
  const table = hostileTable()
  const result = cleanLeads(table)

  it.each([';', ',', '\t'] as const)(
    'with delimiter %j, every cell holding , ; tab " or a line break is quoted',
    (delimiter) => {
      const csv = exportCleanResultCsv(table, result, { delimiter })
      expect(csv).toContain(`"${HOSTILE_IN_CSV}"`)
      expect(csv).toContain('"a\tb"')
      expect(csv).toContain('"linha 1\nlinha 2"')
    }
  )

  it('the ; file opened as comma-separated keeps the hostile first cell whole, quoted', () => {
    const rows = readAsCommaSeparated(exportCleanResultCsv(table, result))
    // The quoted field runs past its commas (a reader keeps the text after the closing quote).
    expect(rows[1]?.[0]?.startsWith(HOSTILE_IN_CSV)).toBe(true)
  })

  it('opened as comma-separated, no piece of any cell starts a formula', () => {
    const csv = exportCleanResultCsv(table, result)
    const pieces = csv.split(/[,;\t\r\n]/).map((piece) => piece.replace(/^"/, ''))
    const formulas = pieces.filter((piece) => /^[ \u00a0]*[=+\-@]/.test(piece))
    expect(formulas.filter((piece) => !/^\+\d{8,15}$/.test(piece))).toEqual([])
  })

  it('a formula behind leading spaces is escaped', () => {
    expect(exportCleanResultCsv(table, result)).toContain(`"' =HYPERLINK(""http://evil.example"")"`)
  })
})

describe('XLSX export round trip (SheetJS)', () => {
  it('every cell reads back as the exact original text, as text, with no apostrophe', () => {
    const table = hostileTable()
    const bytes = exportCleanResultXlsx(table, cleanLeads(table))
    const sheet = XLSX.read(bytes).Sheets['Leads'] as XLSX.WorkSheet
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: true })
    expect(rows[1]?.slice(0, 4)).toEqual([
      HOSTILE,
      PHONE_AS_TYPED,
      HOSTILE,
      ' =HYPERLINK("http://evil.example")'
    ])
    expect(rows[2]?.slice(0, 4)).toEqual(['Bia', '(21) 99876-5432', 'a\tb', 'linha 1\nlinha 2'])
    const cells = Object.entries(sheet).filter(([key]) => !key.startsWith('!'))
    expect(cells.every(([, cell]) => (cell as XLSX.CellObject).t === 's')).toBe(true)
    expect(cells.some(([, cell]) => (cell as XLSX.CellObject).f !== undefined)).toBe(false)
  })
})
