/**
 * Limpar's XLSX export is written by the leads file's writer (issue 13: SheetJS took ~20 s for
 * 100k rows). SheetJS stays the reference reader: it reads back exactly the cells exportRows
 * made, as text cells, with empty cells left empty and the sheet named as asked. (The Text
 * format `@` is the workbook's default cell format, xf 0: Excel applies it to unstyled cells;
 * SheetJS reports their format as General.)
 */
import * as XLSX from '@e965/xlsx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { cleanLeads } from '../../../shared/cleaning'
import { exportCleanResultXlsx, exportRows } from '../../../shared/cleaning/export'
import { readLeadFile } from '../../../shared/import'
import { messyCsvText, windows1252 } from '../../perf/bigInputs'

describe('XLSX export through the leads-file writer', () => {
  const table = readLeadFile(windows1252(messyCsvText(2000)), 'leads.csv')
  const result = cleanLeads(table)

  it('reads back as exportRows made it: text cells, empty cells absent', () => {
    const excluded = new Set([1, 5, 8])
    const bytes = exportCleanResultXlsx(table, result, { excluded, sheetName: 'Limpo & "ok"' })
    const book = XLSX.read(bytes)
    expect(book.SheetNames).toEqual(['Limpo & "ok"'])
    const sheet = book.Sheets['Limpo & "ok"'] as XLSX.WorkSheet
    const { rows } = exportRows(table, result, { excluded })
    const back = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: true, defval: '' })
    const width = rows[0]?.length ?? 0
    // SheetJS reads a CR LF inside a cell back as LF (from its own files too).
    const asRead = rows.map((row) => row.map((cell) => cell.replace(/\r\n/g, '\n')))
    expect(back.map((row) => [...row, ...Array<string>(width - row.length).fill('')])).toEqual(
      asRead
    )
    const styles = strFromU8(unzipSync(bytes)['xl/styles.xml'] ?? new Uint8Array())
    expect(styles).toContain('<cellXfs count="1"><xf numFmtId="49"')
    const cells = Object.entries(sheet).filter(([key]) => !key.startsWith('!'))
    expect(cells.every(([, cell]) => (cell as XLSX.CellObject).t === 's')).toBe(true)
    expect(cells.every(([, cell]) => (cell as XLSX.CellObject).v !== '')).toBe(true)
  })
})
