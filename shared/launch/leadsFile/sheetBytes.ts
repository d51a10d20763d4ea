import { strToU8 } from 'fflate'

/** An index standing for a cell with no value: written `<c/>` (it keeps its position). */
export const NO_VALUE = 0xffffffff

/**
 * The worksheet XML written straight into bytes. With shared strings every cell is
 * `<c t="s"><v>index</v></c>`, plain ASCII, so there is no per-cell string to build, encode
 * or collect: the writer's cost is a few byte copies per cell.
 */
export function sheetBytes(
  head: string,
  tail: string,
  indexes: readonly Uint32Array[]
): Uint8Array {
  const headBytes = strToU8(head)
  const tailBytes = strToU8(tail)
  let size = headBytes.length + tailBytes.length
  for (let r = 0; r < indexes.length; r++) {
    const row = indexes[r] as Uint32Array
    size += ROW_OPEN.length + digits(r + 1) + ROW_MID.length + ROW_CLOSE.length
    for (let c = 0; c < row.length; c++) {
      const index = row[c] ?? 0
      size +=
        index === NO_VALUE
          ? BLANK_CELL.length
          : CELL_OPEN.length + digits(index) + CELL_CLOSE.length
    }
  }
  const out = new Uint8Array(size)
  out.set(headBytes, 0)
  let at = headBytes.length
  for (let r = 0; r < indexes.length; r++) {
    const row = indexes[r] as Uint32Array
    out.set(ROW_OPEN, at)
    at = writeNumber(out, at + ROW_OPEN.length, r + 1)
    out.set(ROW_MID, at)
    at += ROW_MID.length
    for (let c = 0; c < row.length; c++) {
      const index = row[c] ?? 0
      if (index === NO_VALUE) {
        out.set(BLANK_CELL, at)
        at += BLANK_CELL.length
        continue
      }
      out.set(CELL_OPEN, at)
      at = writeNumber(out, at + CELL_OPEN.length, index)
      out.set(CELL_CLOSE, at)
      at += CELL_CLOSE.length
    }
    out.set(ROW_CLOSE, at)
    at += ROW_CLOSE.length
  }
  out.set(tailBytes, at)
  return out
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0))
const ROW_OPEN = ascii('<row r="')
const ROW_MID = ascii('">')
const ROW_CLOSE = ascii('</row>')
// Cells carry no `r` (optional in ECMA-376): every cell of a row is written, in column order,
// so readers place them by position, and the sheet is a third smaller to deflate.
const CELL_OPEN = ascii('<c t="s"><v>')
const CELL_CLOSE = ascii('</v></c>')
const BLANK_CELL = ascii('<c/>')

function digits(n: number): number {
  let count = 1
  for (let v = n; v >= 10; v = Math.floor(v / 10)) count++
  return count
}

function writeNumber(out: Uint8Array, at: number, n: number): number {
  const end = at + digits(n)
  let v = n
  for (let i = end - 1; i >= at; i--) {
    out[i] = 48 + (v % 10)
    v = Math.floor(v / 10)
  }
  return end
}
