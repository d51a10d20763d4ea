/**
 * The cells of one sheet exactly as read, before header detection: each row keeps the
 * spreadsheet's own 1-based row number. Rows live in the worker (architecture.md), so the
 * storage is compact: typed offsets and no per-row objects.
 */
export interface Grid {
  /** Number of stored rows (blank rows may be stored; the reader decides). */
  readonly length: number
  /** The spreadsheet's own 1-based row number of stored row i. */
  rowNumber(i: number): number
  /** Number of fields stored for row i (trailing empty fields included as read). */
  width(i: number): number
  /** Cell text, '' when the row has fewer fields. */
  cell(i: number, column: number): string
  /** A fresh array of row i's cells. */
  row(i: number): string[]
}

export interface GridWriter {
  push(rowNumber: number, cells: readonly string[]): void
}

const INITIAL_ROWS = 1024

function grown(array: Uint32Array<ArrayBuffer>, minLength: number): Uint32Array<ArrayBuffer> {
  if (minLength <= array.length) return array
  const next = new Uint32Array(Math.max(minLength, Math.ceil(array.length * 1.5)))
  next.set(array)
  return next
}

/** Row numbers and where each row's cells start; shared by both grid kinds. */
class RowIndex {
  starts = new Uint32Array(INITIAL_ROWS + 1)
  numbers = new Uint32Array(INITIAL_ROWS)
  length = 0

  open(rowNumber: number, firstCell: number): void {
    this.numbers = grown(this.numbers, this.length + 1)
    this.starts = grown(this.starts, this.length + 2)
    this.numbers[this.length] = rowNumber
    this.starts[this.length] = firstCell
  }

  close(endCell: number): void {
    this.length++
    this.starts[this.length] = endCell
  }

  first(i: number): number {
    return this.starts[i] ?? 0
  }

  width(i: number): number {
    return i < this.length ? (this.starts[i + 1] ?? 0) - (this.starts[i] ?? 0) : 0
  }
}

/** A grid of cell strings, for the workbook and HTML readers. */
export function createGrid(): Grid & GridWriter {
  const cells: string[] = []
  const index = new RowIndex()
  return {
    get length() {
      return index.length
    },
    push(rowNumber, row) {
      index.open(rowNumber, cells.length)
      for (const value of row) cells.push(value)
      index.close(cells.length)
    },
    rowNumber: (i) => index.numbers[i] ?? 0,
    width: (i) => index.width(i),
    cell: (i, column) => (column < index.width(i) ? (cells[index.first(i) + column] ?? '') : ''),
    row: (i) => cells.slice(index.first(i), index.first(i) + index.width(i))
  }
}

/** Fills a text grid while parsing. */
export interface TextGridWriter {
  /** A record starts at text offset `offset`, on physical line `rowNumber`. */
  startRow(rowNumber: number, offset: number): void
  /** The current field ends at `end` (exclusive); the next one starts after one delimiter. */
  endField(end: number): void
  endRow(): void
}

const QUOTE = 0x22

/**
 * A grid over one decoded text: a cell is just where its raw field ends (4 bytes), since the
 * next field starts one delimiter later — instead of a string of tens of bytes. That is what
 * keeps a 1M-row CSV small. Cells are sliced, and unquoted (and `fixCell`ed), when asked for.
 */
export function createTextGrid(
  text: string,
  expectedCells = 4096,
  fixCell?: (cell: string) => string
): Grid & TextGridWriter {
  let ends = new Uint32Array(Math.max(16, expectedCells))
  let rowOffsets = new Uint32Array(INITIAL_ROWS)
  let cellCount = 0
  const index = new RowIndex()

  function cellAt(i: number, column: number): string {
    const k = index.first(i) + column
    const start = column === 0 ? (rowOffsets[i] ?? 0) : (ends[k - 1] ?? 0) + 1
    const raw = text.slice(start, ends[k] ?? start)
    const cell = raw.charCodeAt(0) === QUOTE ? unquote(raw) : raw
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

/** A quoted field's content: `""` is one quote; text after the closing quote is kept (Excel). */
export function unquote(raw: string): string {
  const close = raw.indexOf('"', 1)
  if (close === raw.length - 1) return raw.slice(1, close)
  let value = ''
  let from = 1
  for (;;) {
    const quote = raw.indexOf('"', from)
    if (quote === -1) return value + raw.slice(from)
    if (raw.charCodeAt(quote + 1) !== QUOTE)
      return value + raw.slice(from, quote) + raw.slice(quote + 1)
    value += raw.slice(from, quote + 1)
    from = quote + 2
  }
}
