/**
 * Legacy .xls (BIFF8) and .ods through SheetJS (@e965/xlsx), dense mode. SheetJS's own cell
 * text is not used: raw values go through our number-format renderer, so these cells follow
 * the same rules as the fast xlsx reader (pt-BR decimals, dd/mm/aaaa, every General digit).
 */
import { read } from '@e965/xlsx'
import type { CellObject, WorkSheet } from '@e965/xlsx'
import { ImportError } from '../errors'
import { formatGeneral } from './generalNumber'
import { isGeneralFormat, numberRenderer } from './numberFormat'
import { createSheetBuilder } from './sheetBuilder'
import type { ReadWorkbookOptions, SheetCells, Workbook } from './types'
import { workbookOf } from './xlsx/readXlsx'

export function readWithSheetJs(bytes: Uint8Array, options: ReadWorkbookOptions): Workbook {
  const book = parse(bytes)
  options.onProgress?.(0.8)
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904)
  const sheets = new Map<string, SheetCells & { rows: number }>()
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name]
    sheets.set(name, sheet ? readSheet(sheet, date1904) : createSheetBuilder().finish())
  }
  options.onProgress?.(1)
  return workbookOf(sheets)
}

function parse(bytes: Uint8Array): ReturnType<typeof read> {
  try {
    return read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellFormula: true,
      cellHTML: false
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if (/password|encrypt/i.test(message)) throw new ImportError('password_required')
    throw new ImportError('damaged_file')
  }
}

function readSheet(sheet: WorkSheet, date1904: boolean): SheetCells & { rows: number } {
  const builder = createSheetBuilder()
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[]
  data.forEach((row, index) => {
    if (!row) return
    const cells: string[] = []
    let formulaOnly = true
    row.forEach((cell, column) => {
      const text = cell ? cellText(cell, date1904) : ''
      if (text === '') return
      while (cells.length < column) cells.push('')
      cells[column] = text
      if (!cell?.f) formulaOnly = false
    })
    if (cells.length > 0) builder.addRow(index + 1, cells, formulaOnly)
  })
  return builder.finish()
}

function cellText(cell: CellObject, date1904: boolean): string {
  const value = cell.v
  if (cell.t === 'n' && typeof value === 'number') return numberText(cell, value, date1904)
  if (cell.t === 'b') return value ? 'VERDADEIRO' : 'FALSO'
  if (cell.t === 'e') return cell.w ?? ''
  if (cell.t === 'd' && value instanceof Date)
    return value.toISOString().slice(0, 10).split('-').reverse().join('/')
  if (cell.t === 'z' || value === undefined || value === null) return ''
  return String(value)
}

function numberText(cell: CellObject, value: number, date1904: boolean): string {
  const code = typeof cell.z === 'string' ? cell.z : ''
  if (!isGeneralFormat(code)) return numberRenderer(code, date1904)(value)
  const shown = cell.w === undefined ? undefined : decimalsShown(cell.w, value)
  return shown === undefined
    ? formatGeneral(value)
    : numberRenderer(`0.${'0'.repeat(shown)}`)(value)
}

/**
 * ODS cells often carry their number style only in the text LibreOffice wrote ("12,50"), which
 * SheetJS exposes as `w` without a format code: keep that many decimals when the text is the
 * same number.
 */
function decimalsShown(text: string, value: number): number | undefined {
  const m = /^-?\d+[.,](\d+)$/.exec(text)
  if (!m?.[1]) return undefined
  const decimals = m[1].length
  return Math.abs(Number(text.replace(',', '.')) - value) < 10 ** -decimals ? decimals : undefined
}
