/**
 * A hand-written scanner over a worksheet's `<sheetData>`: no DOM, no generic XML parser,
 * just indexOf and charCode loops over the part's text. Reads `<row r>` and `<c r s t>` with
 * `<v>`, `<is>` and `<f>` (a formula marks the cell; its cached `<v>` is the value, nothing
 * is evaluated).
 */
import { ImportError } from '../../errors'
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../../limits'
import type { SheetBuilder } from '../sheetBuilder'
import { cellText, inlineText, RAW_TEXT, RAW_VALUE } from './cellValues'
import type { CellContext } from './cellValues'

const PROGRESS_EVERY_ROWS = 2048

const sharedTag: CellTag = { column: -1, style: 0, type: '', end: 0, selfClosing: false }
/** Set by cellContent alongside its return value (no tuple allocated per cell). */
let lastCellIsFormula = false
/** Set by cellContent: 1 + the style of a number returned raw (rendered when read), else 0. */
let lastCellRawStyle = 0
/** Shortest General text not kept raw: a slice that long would keep the sheet's whole XML. */
const RAW_SLICE_LIMIT = 13
/** Style indices a grid can keep for a raw cell (Uint16, plus one). */
const MAX_RAW_STYLE = 0xfffe

interface CellTag {
  column: number
  style: number
  type: string
  /** Index just past the start tag's '>'. */
  end: number
  selfClosing: boolean
}

export function scanSheet(
  xml: string,
  ctx: CellContext,
  builder: SheetBuilder,
  onProgress?: (fraction: number) => void
): void {
  const p = ctx.prefix
  const rowOpen = `<${p}row`
  const rowClose = `</${p}row>`
  const dataEnd = endOfSheetData(xml, p)
  const cells = cellFinder(xml, `<${p}c`)
  let at = xml.indexOf(rowOpen, xml.indexOf(`<${p}sheetData`))
  refusePastRowLimit(xml, rowOpen, at, dataEnd)
  let rowNumber = 0
  let rowsSeen = 0
  while (at >= 0 && at < dataEnd) {
    const tagEnd = tagEndAfter(xml, at)
    if (tagEnd < 0) break
    rowNumber = rowAttribute(xml, at + rowOpen.length, tagEnd) ?? rowNumber + 1
    if (rowNumber > MAX_SHEET_ROWS) {
      throw new ImportError('too_many_rows', { limit: MAX_SHEET_ROWS })
    }
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      // Empty rows come in runs (`<row/><row/>…`): look right after the tag before searching.
      at = xml.startsWith(rowOpen, tagEnd + 1) ? tagEnd + 1 : xml.indexOf(rowOpen, tagEnd)
      continue
    }
    let close = xml.indexOf(rowClose, tagEnd)
    if (close < 0) close = dataEnd
    scanRow(xml, tagEnd + 1, close, rowNumber, ctx, builder, cells)
    at = xml.indexOf(rowOpen, close)
    if (onProgress && ++rowsSeen % PROGRESS_EVERY_ROWS === 0) onProgress(close / xml.length)
  }
}

/** Each `<row>` is a row of its own: `<row/>` (6 characters) is the shortest one can be. */
const SHORTEST_ROW = 6

/**
 * More `<row>` tags than Excel's row limit is refused before any row is built: rows written
 * without `r` (3.86 M of them) were otherwise scanned and stored up to the limit first (10 s,
 * 775 MB). Counting tags is one indexOf per row and allocates nothing.
 */
function refusePastRowLimit(xml: string, rowOpen: string, from: number, to: number): void {
  if (from < 0 || to - from <= MAX_SHEET_ROWS * SHORTEST_ROW) return
  let rows = 0
  for (let at = xml.indexOf(rowOpen, from); at >= 0 && at < to;) {
    const next = xml.charCodeAt(at + rowOpen.length)
    // `<rowBreaks` and the like are other elements.
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) {
      if (++rows > MAX_SHEET_ROWS) throw new ImportError('too_many_rows', { limit: MAX_SHEET_ROWS })
    }
    at = xml.indexOf(rowOpen, at + rowOpen.length)
  }
}

/** The `>` closing the tag opened at `at` (a short loop: tags are short); -1 when none. */
function tagEndAfter(xml: string, at: number): number {
  const stop = Math.min(xml.length, at + 256)
  for (let i = at + 1; i < stop; i++) if (xml.charCodeAt(i) === 62) return i
  return xml.indexOf('>', stop)
}

/**
 * The next `<c` at or after a position, remembered: a row without cells must not search to the
 * end of the sheet each time (a million empty rows would be a million scans).
 */
function cellFinder(xml: string, open: string): (from: number) => number {
  let askedFrom = Infinity
  let found = -1
  return (from) => {
    if (askedFrom <= from && (found === -1 || found >= from)) return found
    askedFrom = from
    found = xml.indexOf(open, from)
    return found
  }
}

function endOfSheetData(xml: string, p: string): number {
  const end = xml.lastIndexOf(`</${p}sheetData>`)
  return end < 0 ? xml.length : end
}

/**
 * `<row r="12" ...>` → 12, or undefined when the writer left r out. Only the tag's own text
 * (from..to) is looked at: searching past it made rows without r quadratic.
 */
function rowAttribute(xml: string, from: number, to: number): number | undefined {
  for (let i = from; i < to - 2; i++) {
    const before = xml.charCodeAt(i)
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue
    if (xml.charCodeAt(i + 1) !== 114 || xml.charCodeAt(i + 2) !== 61) continue
    let value = 0
    for (let k = i + 4; k < to; k++) {
      const code = xml.charCodeAt(k)
      if (code < 48 || code > 57) break
      value = value * 10 + code - 48
    }
    return value || undefined
  }
  return undefined
}

function scanRow(
  xml: string,
  from: number,
  to: number,
  rowNumber: number,
  ctx: CellContext,
  builder: SheetBuilder,
  nextCell: (from: number) => number
): void {
  const cellOpen = `<${ctx.prefix}c`
  const cellClose = `</${ctx.prefix}c>`
  const cells: (string | number)[] = []
  /** 1 + the style of each raw cell, 0 for text; only once a raw cell is met in the row. */
  let styles: number[] | undefined
  let formulaOnly = true
  let column = -1
  let at = nextCell(from)
  while (at >= 0 && at < to) {
    const tag = readCellTag(xml, at + cellOpen.length, column)
    if (!tag) {
      at = nextCell(at + cellOpen.length)
      continue
    }
    column = tag.column
    if (column >= MAX_SHEET_COLUMNS) {
      throw new ImportError('too_many_columns', { limit: MAX_SHEET_COLUMNS })
    }
    if (tag.selfClosing) {
      at = nextCell(tag.end)
      continue
    }
    const close = xml.indexOf(cellClose, tag.end)
    const end = close < 0 || close > to ? to : close
    const text = cellContent(xml, tag, end, ctx)
    if (text !== '') {
      while (cells.length < column) cells.push('')
      cells[column] = text
      if (!lastCellIsFormula) formulaOnly = false
      if (lastCellRawStyle !== 0 || styles !== undefined) {
        styles ??= []
        while (styles.length < column) styles.push(0)
        styles[column] = lastCellRawStyle
      }
    }
    at = nextCell(end)
  }
  if (cells.length > 0) builder.addRow(rowNumber, cells, formulaOnly, styles)
}

/** Parses the attributes of `<c ...>` starting just after "<c"; undefined if not a cell tag. */
function readCellTag(xml: string, i: number, previousColumn: number): CellTag | undefined {
  const first = xml.charCodeAt(i)
  if (first !== 32 && first !== 62 && first !== 47 && first !== 9 && first !== 10 && first !== 13) {
    return undefined
  }
  // One reused object: a million cells should not mean a million short-lived tags.
  const tag = sharedTag
  tag.column = -1
  tag.style = 0
  tag.type = ''
  for (;;) {
    let code = xml.charCodeAt(i)
    while (code === 32 || code === 9 || code === 10 || code === 13) code = xml.charCodeAt(++i)
    if (code === 62 || code === 47 || Number.isNaN(code)) break
    const nameStart = i
    while (code !== 61 && !Number.isNaN(code)) code = xml.charCodeAt(++i)
    const nameEnd = i
    while (code !== 34 && code !== 39 && !Number.isNaN(code)) code = xml.charCodeAt(++i)
    const valueEnd = xml.indexOf(code === 39 ? "'" : '"', i + 1)
    if (valueEnd < 0) break
    readAttribute(xml, nameStart, nameEnd, i + 1, valueEnd, tag)
    i = valueEnd + 1
  }
  const close = xml.indexOf('>', i)
  tag.selfClosing = xml.charCodeAt(close - 1) === 47
  tag.end = close + 1
  if (tag.column < 0) tag.column = previousColumn + 1
  return tag
}

function readAttribute(
  xml: string,
  nameStart: number,
  nameEnd: number,
  valueStart: number,
  valueEnd: number,
  tag: CellTag
): void {
  if (nameEnd - nameStart !== 1) return
  const name = xml.charCodeAt(nameStart)
  if (name === 114) tag.column = columnOfReference(xml, valueStart, valueEnd)
  else if (name === 115) tag.style = digitsValue(xml, valueStart, valueEnd)
  else if (name === 116) tag.type = xml.slice(valueStart, valueEnd)
}

/** "BC12" → 54 (0-based column of the letters). */
function columnOfReference(xml: string, from: number, to: number): number {
  let column = 0
  for (let i = from; i < to; i++) {
    const code = xml.charCodeAt(i) & ~32
    if (code < 65 || code > 90) break
    column = column * 26 + code - 64
  }
  return column - 1
}

/** The value of 1 to 9 plain digits at from..to, as Number() reads them; -1 for anything else. */
function plainIndex(xml: string, from: number, to: number): number {
  if (to - from > 9) return -1
  let value = 0
  for (let i = from; i < to; i++) {
    const digit = xml.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

function digitsValue(xml: string, from: number, to: number): number {
  let value = 0
  for (let i = from; i < to; i++) value = value * 10 + xml.charCodeAt(i) - 48
  return value
}

/**
 * The cell's shown text (lastCellIsFormula tells whether it is a formula); `end` is `</c>`.
 * Or, with lastCellRawStyle set, a number to render when read: its `<v>` text or its value.
 */
function cellContent(xml: string, tag: CellTag, end: number, ctx: CellContext): string | number {
  lastCellIsFormula = false
  lastCellRawStyle = 0
  const p = ctx.prefix
  // Fast path, nearly every cell: `<v>…</v>` first means no formula (<f> precedes <v>).
  if (p === '' && tag.type !== 'inlineStr' && xml.startsWith('<v>', tag.end)) {
    const from = tag.end + 3
    const stop = xml.indexOf('<', from)
    if (stop > from) {
      // A shared string's index read in place: no slice, no Number() per cell.
      if (tag.type === 's') {
        const index = plainIndex(xml, from, stop)
        if (index !== -1) return ctx.sharedStrings[index] ?? ''
      } else if (
        (tag.type === '' || tag.type === 'n') &&
        tag.style <= MAX_RAW_STYLE &&
        ctx.rawStyles !== undefined
      ) {
        // Rendered when read (createGrid's render): most numbers are never read by inspect.
        // A style past the table is General, as cellText renders it.
        const kind = ctx.rawStyles[tag.style] ?? RAW_TEXT
        if (kind === RAW_VALUE) {
          lastCellRawStyle = tag.style + 1
          return Number(xml.slice(from, stop))
        }
        if (kind === RAW_TEXT && stop - from < RAW_SLICE_LIMIT) {
          lastCellRawStyle = tag.style + 1
          return xml.slice(from, stop)
        }
      }
    }
    return cellText(ctx, tag.type, tag.style, xml.slice(from, stop))
  }
  const body = xml.slice(tag.end, end)
  if (tag.type === 'inlineStr') {
    lastCellIsFormula = body.includes(`<${p}f`)
    return inlineText(ctx, body)
  }
  const valueOpen = `<${p}v`
  let raw = ''
  let isFormula = false
  let at = body.indexOf('<')
  while (at >= 0) {
    if (body.startsWith(valueOpen, at)) {
      const start = body.indexOf('>', at) + 1
      if (body.charCodeAt(start - 2) !== 47) {
        const stop = body.indexOf('<', start)
        raw = body.slice(start, stop < 0 ? body.length : stop)
      }
    } else if (body.startsWith(`<${p}f`, at)) {
      isFormula = true
    }
    at = body.indexOf('<', at + 1)
  }
  lastCellIsFormula = isFormula
  return cellText(ctx, tag.type, tag.style, raw)
}
