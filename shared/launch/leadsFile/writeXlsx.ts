import { strToU8 } from 'fflate'
import type { KinboxLeadsFile } from '../types'
import { NO_VALUE, SheetWriter } from './sheetBytes'
import {
  CONTENT_TYPES,
  ROOT_RELS,
  SHARED_STRINGS_TAIL,
  SHEET_NAME,
  SHEET_TAIL,
  WORKBOOK_RELS,
  sharedStringsHead,
  sheetHead,
  styles,
  workbook
} from './xlsxParts'
import { columnLetters, needsPreserve, xmlCellText } from './xmlText'
import { ByteWriter, DeflatedPart, storedPart, zipParts, type ZipPart } from './zipParts'

/**
 * The Kinbox leads file as a minimal workbook: one sheet, the header row then one row per
 * lead, every cell a shared string (`t="s"`), so no reader can take `5511987654321` for a
 * number. Written by hand because SheetJS's writer was the bottleneck (~8 s for 100k rows).
 * Shared strings, as Excel itself writes them, are what every reader knows, and they make
 * the file small: cities, companies and dates repeat, and deflating is most of the cost.
 * The two big parts are written as bytes and deflated as they are made (zipParts), so the
 * worksheet's XML (tens of MB for 100k rows) is never held whole.
 */
export interface XlsxOptions {
  /** 'Leads' unless given. */
  sheetName?: string
  /** Every cell formatted as Text (`@`): Limpar's export, whose users go on editing the sheet. */
  textFormat?: boolean
  /** Empty texts written as cells with no value (as Excel does) instead of '' strings. */
  blankEmpty?: boolean
}

export function writeLeadsXlsx(file: KinboxLeadsFile, options: XlsxOptions = {}): Uint8Array {
  let width = file.header.length
  for (const row of file.rows) width = Math.max(width, row.length)
  return writeXlsxRows(
    file.header,
    {
      count: file.rows.length,
      width,
      each(visit) {
        for (const row of file.rows) visit(row)
      }
    },
    options
  )
}

/**
 * A sheet's rows as the writer reads them, one at a time (so a caller can make each row as it
 * is written, and none is kept): how many there are, the widest, and each row's cells in order.
 */
export interface XlsxRows {
  count: number
  width: number
  each(visit: (cells: readonly string[]) => void): void
}

/** writeLeadsXlsx for rows made one at a time: the header, then `rows`. */
export function writeXlsxRows(
  header: readonly string[],
  rows: XlsxRows,
  options: XlsxOptions = {}
): Uint8Array {
  const width = Math.max(header.length, rows.width)
  // The big parts are deflated as they are written (the worksheet by its own writer, the
  // strings at level 1: ~8× smaller at little cost); the small ones are stored.
  const strings = new SharedStrings(options.blankEmpty === true)
  const sheet = new SheetWriter('xl/worksheets/sheet1.xml')
  sheet.text(sheetHead(`${columnLetters(width - 1)}${rows.count + 1}`))
  let rowNumber = 1
  const writeRow = (cells: readonly string[]): void => {
    sheet.rowOpen(rowNumber++)
    for (let c = 0; c < cells.length; c++) sheet.cell(strings.indexOf(c, cells[c] ?? ''))
    sheet.rowClose()
  }
  writeRow(header)
  rows.each(writeRow)
  sheet.text(SHEET_TAIL)
  return zipParts([
    storedPart('[Content_Types].xml', strToU8(CONTENT_TYPES)),
    storedPart('_rels/.rels', strToU8(ROOT_RELS)),
    storedPart('xl/workbook.xml', strToU8(workbook(sheetNameXml(options.sheetName ?? SHEET_NAME)))),
    storedPart('xl/_rels/workbook.xml.rels', strToU8(WORKBOOK_RELS)),
    storedPart('xl/styles.xml', strToU8(styles(options.textFormat === true))),
    strings.finish(),
    sheet.finish()
  ])
}

// After this many cells, a column whose texts rarely repeat (numbers, names) stops being
// deduplicated: the table may hold a text twice, and hashing every cell costs more than it saves.
const PROBE = 2000
const MIN_HIT_RATE = 0.3

/**
 * The workbook's shared-string table: cells refer to it by index; repeated texts once. Each new
 * text goes into the part's XML at once (deflated as it grows), so no text is kept for later;
 * the head, which counts them, is put before the rest at the end (DeflatedPart.finish).
 */
class SharedStrings {
  private readonly columns: ColumnDedupe[] = []
  private readonly part = new DeflatedPart('xl/sharedStrings.xml')
  private readonly out = new ByteWriter((bytes) => this.part.push(bytes))
  /** The XML of the texts not yet encoded. */
  private xml = ''
  private unique = 0
  private count = 0

  constructor(private readonly blankEmpty: boolean) {}

  /** The shared-string index of column c's text, or NO_VALUE for a cell left empty. */
  indexOf(c: number, text: string): number {
    if (text === '' && this.blankEmpty) return NO_VALUE
    this.count++
    const column = (this.columns[c] ??= newColumn())
    if (!column.on) return this.add(text)
    column.seen++
    const known = column.few.length > 0 ? column.few.indexOf(text) : -1
    if (known !== -1) {
      column.hits++
      return column.fewIds[known] ?? 0
    }
    const found = column.index.get(text)
    if (found !== undefined) {
      column.hits++
      return found
    }
    const i = this.add(text)
    if (column.few.length < FEW && column.index.size === 0) {
      column.few.push(text)
      column.fewIds.push(i)
    } else column.index.set(text, i)
    if (column.seen === PROBE && column.hits < PROBE * MIN_HIT_RATE) {
      column.on = false
      column.index.clear()
    }
    return i
  }

  finish(): ZipPart {
    this.out.text(this.xml + SHARED_STRINGS_TAIL)
    this.out.flush()
    return this.part.finish(strToU8(sharedStringsHead(this.count, this.unique)))
  }

  private add(text: string): number {
    const t = needsPreserve(text) ? '<t xml:space="preserve">' : '<t>'
    this.xml += `<si>${t}${xmlCellText(text)}</t></si>`
    // Encoded a piece at a time: one string of every text would be as big as the part.
    if (this.xml.length > 1 << 14) {
      this.out.text(this.xml)
      this.xml = ''
    }
    return this.unique++
  }
}

/**
 * A column's texts seen so far. Its first FEW distinct texts are looked up by comparing
 * (statuses, cities, states: a column of a few values never hashes a cell), the rest by hash.
 */
interface ColumnDedupe {
  few: string[]
  fewIds: number[]
  index: Map<string, number>
  seen: number
  hits: number
  on: boolean
}

const FEW = 8

const newColumn = (): ColumnDedupe => ({
  few: [],
  fewIds: [],
  index: new Map(),
  seen: 0,
  hits: 0,
  on: true
})

/** A sheet name as the workbook's `name="…"` attribute holds it. */
function sheetNameXml(name: string): string {
  return xmlCellText(name).replace(/"/g, '&quot;')
}
