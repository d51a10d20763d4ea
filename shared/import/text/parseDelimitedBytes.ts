/**
 * parseDelimited over the file's bytes instead of its decoded text (issue 13): when the host
 * can read byte ranges as text (codecs.ts `textSlicer`), a Latin-1 or valid UTF-8 file is split
 * on its bytes and each cell decoded when asked for. The grid then holds the bytes, which the
 * caller holds anyway, and 4 bytes per cell: never a second, decoded copy of a 200 MB file.
 * Every rule is parseDelimited's, position for position (delimiters, quotes and line breaks
 * are ASCII, which no byte of a multi-byte UTF-8 character is).
 */
import { grown, RowIndex, unquote, type Grid, type TextGridWriter } from '../grid'
import { ImportError } from '../errors'
import { MAX_SHEET_COLUMNS } from '../limits'

const QUOTE = 0x22
const CR = 0x0d
const LF = 0x0a
const PROGRESS_STEP = 1 << 20
const INITIAL_ROWS = 1024

/** Text of the bytes start..end (exclusive). */
export type ByteSlicer = (start: number, end: number) => string

/** Bytes decoded at once around a cell asked for: the cells after it come from that text. */
const WINDOW = 64 * 1024

/**
 * createTextGrid over bytes: a cell is where its raw field ends; sliced, unquoted when read.
 * Decoding each cell on its own costs a call into the host (~140 ns) where slicing a string
 * costs ~15: cells are sliced from a window of text decoded once per 64 KB, read in order.
 * (fixCell stays per cell: fixing a window's Windows-1252 quotes and dashes would make it, and
 * every cell sliced from it, a two-byte string, slower to read.)
 */
export function createByteGrid(
  bytes: Uint8Array,
  slice: ByteSlicer,
  expectedCells = 4096,
  fixCell?: (cell: string) => string
): Grid & TextGridWriter {
  let ends = new Uint32Array(Math.max(16, expectedCells))
  let rowOffsets = new Uint32Array(INITIAL_ROWS)
  let cellCount = 0
  const index = new RowIndex()
  let windowStart = 0
  let windowEnd = 0
  /** The window's text when it has one character per byte (Latin-1, or ASCII UTF-8); else ''. */
  let windowText = ''

  /** Whether bytes start..end are in the window (decoding it there if they may be). */
  function inWindow(start: number, end: number): boolean {
    if (start >= windowStart && end <= windowEnd) return windowText !== ''
    if (end - start > WINDOW / 4) return false
    windowStart = start
    windowEnd = Math.min(bytes.length, start + WINDOW)
    windowText = slice(windowStart, windowEnd)
    // Fewer characters than bytes: multi-byte UTF-8 in it, offsets differ; decode per cell.
    if (windowText.length !== windowEnd - windowStart) windowText = ''
    return windowText !== ''
  }

  function cellAt(i: number, column: number): string {
    const k = index.first(i) + column
    const start = column === 0 ? (rowOffsets[i] ?? 0) : (ends[k - 1] ?? 0) + 1
    const end = ends[k] ?? start
    const raw = inWindow(start, end)
      ? windowText.slice(start - windowStart, end - windowStart)
      : slice(start, end)
    const cell = end > start && bytes[start] === QUOTE ? unquote(raw) : raw
    return fixCell === undefined ? cell : fixCell(cell)
  }

  return {
    get length() {
      return index.length
    },
    startRow(rowNumber, offset) {
      rowOffsets = grown(rowOffsets, index.length + 1)
      rowOffsets[index.length] = offset
      index.open(rowNumber, cellCount)
    },
    endField(end) {
      if (cellCount >= ends.length) ends = grown(ends, cellCount + 1)
      ends[cellCount++] = end
    },
    endRow: () => index.close(cellCount),
    rowNumber: (i) => index.numbers[i] ?? 0,
    width: (i) => index.width(i),
    cell: (i, column) => (column < index.width(i) ? cellAt(i, column) : ''),
    row: (i) => Array.from({ length: index.width(i) }, (_, c) => cellAt(i, c))
  }
}

/**
 * Splits bytes[start..] into a Grid exactly as parseDelimited splits their text: RFC 4180
 * quoting, CRLF/LF or bare CR, each record numbered by the line its first line starts on.
 */
export function parseDelimitedBytes(
  bytes: Uint8Array,
  start: number,
  delimiter: string,
  slice: ByteSlicer,
  onProgress?: (fraction: number) => void,
  fixCell?: (cell: string) => string
): Grid {
  const delim = delimiter.charCodeAt(0)
  const grid = createByteGrid(bytes, slice, estimateCells(bytes, start, delim), fixCell)
  const n = bytes.length
  const breakCode = bytes.indexOf(LF, start) !== -1 ? LF : CR
  const stripCr = breakCode === LF
  let pos = start
  let line = 1
  let progressAt = start + PROGRESS_STEP

  /** The first delimiter or line break at or after p; n when there is none. */
  const fieldEnd = (p: number): number => {
    for (; p < n; p++) {
      const c = bytes[p]
      if (c === delim || c === breakCode) return p
    }
    return n
  }
  /** The end of a field running to `end`, less the CR of a CRLF. */
  const withoutCr = (from: number, end: number): number =>
    stripCr && end > from && bytes[end - 1] === CR ? end - 1 : end

  /** Skips a quoted field opening at pos (counting its line breaks); returns where it ends. */
  const skipQuoted = (): number => {
    const openLine = line
    let p = pos + 1
    for (;;) {
      let close = -1
      for (; p < n; p++) {
        const c = bytes[p]
        if (c === QUOTE) {
          close = p
          break
        }
        if (c === breakCode) line++
      }
      if (close === -1) throw new ImportError('unterminated_quote', { row: openLine })
      if (bytes[close + 1] === QUOTE) {
        p = close + 2
        continue
      }
      const after = close + 1
      const c = bytes[after]
      if (after >= n || c === delim || c === breakCode) return after
      if (stripCr && c === CR && bytes[after + 1] === LF) return after
      // Text after the closing quote (`"abc"def`) belongs to the field, as in Excel.
      return withoutCr(after, fieldEnd(after))
    }
  }

  while (pos < n) {
    grid.startRow(line, pos)
    // Excel's column limit: a line of millions of fields is not a lead list, refuse it early.
    for (let fields = 1; ; fields++) {
      if (fields > MAX_SHEET_COLUMNS) {
        throw new ImportError('too_many_columns', { limit: MAX_SHEET_COLUMNS })
      }
      if (bytes[pos] === QUOTE) {
        pos = skipQuoted()
        grid.endField(pos)
      } else {
        const end = fieldEnd(pos)
        grid.endField(withoutCr(pos, end))
        pos = end
      }
      const c = bytes[pos]
      if (c === delim) {
        pos++
        continue
      }
      if (c === CR && stripCr) pos++
      if (pos < n) pos++
      line++
      break
    }
    grid.endRow()
    if (onProgress && pos >= progressAt) {
      onProgress((pos - start) / Math.max(1, n - start))
      progressAt = pos + PROGRESS_STEP
    }
  }
  return grid
}

/** Sizes the cell store from the first 64 KB so that a big file is not copied while growing. */
function estimateCells(bytes: Uint8Array, start: number, delim: number): number {
  const end = Math.min(bytes.length, start + 65536)
  let fields = 1
  for (let i = start; i < end; i++) {
    const c = bytes[i]
    if (c === delim || c === LF) fields++
  }
  return Math.ceil(((fields * (bytes.length - start)) / Math.max(1, end - start)) * 1.05)
}
