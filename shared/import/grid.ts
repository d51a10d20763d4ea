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
  /**
   * `styles[c]` > 0 (with a grid made with a renderer): cell c holds a raw value, shown as
   * `render(styles[c] - 1, raw)` whenever it is read.
   */
  push(rowNumber: number, cells: readonly (string | number)[], styles?: readonly number[]): void
}

const INITIAL_ROWS = 1024

export function grown(
  array: Uint32Array<ArrayBuffer>,
  minLength: number
): Uint32Array<ArrayBuffer> {
  if (minLength <= array.length) return array
  const next = new Uint32Array(Math.max(minLength, Math.ceil(array.length * 1.5)))
  next.set(array)
  return next
}

/** Row numbers and where each row's cells start; shared by the grid kinds. */
export class RowIndex {
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

/**
 * A grid of cell strings, for the workbook and HTML readers. With `render`, a cell may keep a
 * raw value and a style (a number and its format in an xlsx) and be rendered when read: a
 * sheet's dates and amounts are never formatted when only its phone and name are read.
 */
export function createGrid(
  render?: (style: number, raw: string | number) => string
): Grid & GridWriter {
  /** Text, or (styles > 0) a raw number: its `<v>` text or its value. */
  const cells: (string | number)[] = []
  const index = new RowIndex()
  /** 1 + the style of each raw cell, 0 for a text cell; absent until a raw cell comes. */
  let styles: Uint16Array<ArrayBuffer> | null = null
  const cellAt = (k: number): string => {
    const raw = cells[k] ?? ''
    const style = styles === null ? 0 : (styles[k] ?? 0)
    if (style === 0 || render === undefined) return typeof raw === 'string' ? raw : String(raw)
    return render(style - 1, raw)
  }
  return {
    get length() {
      return index.length
    },
    push(rowNumber, row, rowStyles) {
      const first = cells.length
      index.open(rowNumber, first)
      for (const value of row) cells.push(value)
      index.close(cells.length)
      if (rowStyles === undefined || render === undefined) return
      if (styles === null || styles.length < cells.length) {
        const next = new Uint16Array(Math.max(cells.length, Math.ceil(cells.length * 1.5)))
        if (styles !== null) next.set(styles)
        styles = next
      }
      for (let c = 0; c < row.length; c++) styles[first + c] = rowStyles[c] ?? 0
    },
    rowNumber: (i) => index.numbers[i] ?? 0,
    width: (i) => index.width(i),
    cell: (i, column) => (column < index.width(i) ? cellAt(index.first(i) + column) : ''),
    row(i) {
      const first = index.first(i)
      if (styles === null) return cells.slice(first, first + index.width(i)) as string[]
      return Array.from({ length: index.width(i) }, (_, c) => cellAt(first + c))
    }
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
