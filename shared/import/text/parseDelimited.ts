import { createTextGrid, type Grid } from '../grid'
import { ImportError } from '../errors'
import { MAX_SHEET_COLUMNS } from '../limits'

const QUOTE = 0x22
const CR = 0x0d
const LF = 0x0a
const PROGRESS_STEP = 1 << 20

/**
 * Splits delimited text into a Grid, cells verbatim (RFC 4180 quoting, CRLF/LF, or bare CR for
 * old Mac files). Each record keeps the physical line its first line starts on. Only field ends
 * are recorded; scanning uses indexOf, which V8 runs far faster than a per-character loop.
 */
export function parseDelimited(
  text: string,
  delimiter: string,
  onProgress?: (fraction: number) => void,
  fixCell?: (cell: string) => string
): Grid {
  const grid = createTextGrid(text, estimateCells(text, delimiter), fixCell)
  const n = text.length
  const delim = delimiter.charCodeAt(0)
  const breakChar = text.includes('\n') ? '\n' : '\r'
  const breakCode = breakChar.charCodeAt(0)
  const stripCr = breakChar === '\n'
  let nextDelim = -1
  let nextBreak = -1
  let pos = 0
  let line = 1
  let progressAt = PROGRESS_STEP

  const delimAfter = (p: number): number => {
    if (nextDelim < p) nextDelim = indexOrEnd(text, delimiter, p)
    return nextDelim
  }
  const breakAfter = (p: number): number => {
    if (nextBreak < p) nextBreak = indexOrEnd(text, breakChar, p)
    return nextBreak
  }
  /** The end of a field running to `end`, less the CR of a CRLF. */
  const withoutCr = (start: number, end: number): number =>
    stripCr && end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end

  /** Skips a quoted field opening at pos (counting its line breaks); returns where it ends. */
  const skipQuoted = (): number => {
    const openLine = line
    let from = pos + 1
    for (;;) {
      const close = text.indexOf('"', from)
      if (close === -1) throw new ImportError('unterminated_quote', { row: openLine })
      for (let b = breakAfter(from); b < close; b = breakAfter(b + 1)) line++
      if (text.charCodeAt(close + 1) === QUOTE) {
        from = close + 2
        continue
      }
      const after = close + 1
      const c = text.charCodeAt(after)
      if (after >= n || c === delim || c === breakCode) return after
      if (stripCr && c === CR && text.charCodeAt(after + 1) === LF) return after
      // Text after the closing quote (`"abc"def`) belongs to the field, as in Excel.
      return withoutCr(after, Math.min(delimAfter(after), breakAfter(after)))
    }
  }

  while (pos < n) {
    grid.startRow(line, pos)
    // Excel's column limit: a line of millions of fields is not a lead list, refuse it early.
    for (let fields = 1; ; fields++) {
      if (fields > MAX_SHEET_COLUMNS) {
        throw new ImportError('too_many_columns', { limit: MAX_SHEET_COLUMNS })
      }
      if (text.charCodeAt(pos) === QUOTE) {
        pos = skipQuoted()
        grid.endField(pos)
      } else {
        const end = Math.min(delimAfter(pos), breakAfter(pos))
        grid.endField(withoutCr(pos, end))
        pos = end
      }
      const c = text.charCodeAt(pos)
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
      onProgress(pos / n)
      progressAt = pos + PROGRESS_STEP
    }
  }
  return grid
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from)
  return at === -1 ? text.length : at
}

/** Sizes the cell store from the first 64 KB so that a big file is not copied while growing. */
function estimateCells(text: string, delimiter: string): number {
  const sample = text.slice(0, 65536)
  let fields = 1
  for (let at = sample.indexOf(delimiter); at !== -1; at = sample.indexOf(delimiter, at + 1)) {
    fields++
  }
  for (let at = sample.indexOf('\n'); at !== -1; at = sample.indexOf('\n', at + 1)) fields++
  return Math.ceil(((fields * text.length) / Math.max(1, sample.length)) * 1.05)
}
