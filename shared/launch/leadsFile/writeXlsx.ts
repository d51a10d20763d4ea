import { strToU8, zipSync, type Zippable } from 'fflate'
import type { KinboxLeadsFile } from '../types'
import { NO_VALUE, sheetBytes } from './sheetBytes'
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

/**
 * The Kinbox leads file as a minimal workbook: one sheet, the header row then one row per
 * lead, every cell a shared string (`t="s"`), so no reader can take `5511987654321` for a
 * number. Written by hand because SheetJS's writer was the bottleneck (~8 s for 100k rows).
 * Shared strings, as Excel itself writes them, are what every reader knows, and they make
 * the file small: cities, companies and dates repeat, and deflating is most of the cost.
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
  const strings = new SharedStrings(options.blankEmpty === true)
  const indexes = [file.header, ...file.rows].map((row) => strings.indexesOf(row))
  const head = sheetHead(`${columnLetters(width - 1)}${file.rows.length + 1}`)
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(workbook(sheetNameXml(options.sheetName ?? SHEET_NAME))),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
    'xl/styles.xml': strToU8(styles(options.textFormat === true)),
    // Level 1: the big parts shrink ~8× at little cost; the small ones are stored.
    'xl/sharedStrings.xml': [strToU8(strings.xml()), { level: 1 }],
    'xl/worksheets/sheet1.xml': [sheetBytes(head, SHEET_TAIL, indexes), { level: 1 }]
  }
  return zipSync(files, { level: 0 })
}

// After this many cells, a column whose texts rarely repeat (numbers, names) stops being
// deduplicated: the table may hold a text twice, and hashing every cell costs more than it saves.
const PROBE = 2000
const MIN_HIT_RATE = 0.3

/** The workbook's shared-string table: cells refer to it by index; repeated texts once. */
class SharedStrings {
  private readonly columns: ColumnDedupe[] = []
  private readonly texts: string[] = []
  private count = 0

  constructor(private readonly blankEmpty: boolean) {}

  indexesOf(cells: readonly string[]): Uint32Array {
    const out = new Uint32Array(cells.length)
    for (let c = 0; c < cells.length; c++) {
      const column = (this.columns[c] ??= { index: new Map(), seen: 0, hits: 0, on: true })
      const text = cells[c] ?? ''
      if (text === '' && this.blankEmpty) {
        out[c] = NO_VALUE
        continue
      }
      out[c] = this.indexOf(text, column)
      this.count++
    }
    return out
  }

  private indexOf(text: string, column: ColumnDedupe): number {
    if (!column.on) return this.texts.push(text) - 1
    column.seen++
    const known = column.index.get(text)
    if (known !== undefined) {
      column.hits++
      return known
    }
    const i = this.texts.push(text) - 1
    column.index.set(text, i)
    if (column.seen === PROBE && column.hits < PROBE * MIN_HIT_RATE) {
      column.on = false
      column.index.clear()
    }
    return i
  }

  xml(): string {
    let xml = sharedStringsHead(this.count, this.texts.length)
    for (const text of this.texts) {
      const t = needsPreserve(text) ? '<t xml:space="preserve">' : '<t>'
      xml += `<si>${t}${xmlCellText(text)}</t></si>`
    }
    return xml + SHARED_STRINGS_TAIL
  }
}

interface ColumnDedupe {
  index: Map<string, number>
  seen: number
  hits: number
  on: boolean
}

/** A sheet name as the workbook's `name="…"` attribute holds it. */
function sheetNameXml(name: string): string {
  return xmlCellText(name).replace(/"/g, '&quot;')
}
