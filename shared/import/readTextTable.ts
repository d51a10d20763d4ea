import type { LeadTable } from './leadTable'
import type { ReadLeadFileOptions } from './readLeadFile'
import { ImportError } from './errors'
import { decodeTextLazily } from './text/decodeText'
import { sniffDelimiter } from './text/sniffDelimiter'
import { parseDelimited } from './text/parseDelimited'
import { layoutTable } from './table/layoutTable'
import { bytesAsText, isBlankText, textSample } from './text/bytesAsText'
import { parseDelimitedBytes } from './text/parseDelimitedBytes'

/** The characters sniffDelimiter looks at. */
const SNIFF_CHARS = 64 * 1024

/** A CSV/TSV/TXT file: decode, sniff the delimiter, split, then lay out the table. */
export function readTextTable(
  bytes: Uint8Array,
  file: string,
  options: ReadLeadFileOptions
): LeadTable {
  const progress = options.onProgress
  const asBytes = bytesAsText(bytes, options.codecs)
  if (asBytes !== null) {
    // The bytes are the grid (parseDelimitedBytes.ts): no decoded copy of the file is made.
    if (isBlankText(bytes, asBytes)) throw new ImportError('empty_file')
    progress?.(0.1)
    const delimiter = sniffDelimiter(textSample(bytes, asBytes, SNIFF_CHARS))
    const grid = parseDelimitedBytes(
      bytes,
      asBytes.start,
      delimiter,
      asBytes.slice,
      progress && ((f) => progress(0.1 + 0.8 * f)),
      asBytes.fixCell
    )
    progress?.(0.9)
    const layout = layoutTable(grid, { ...options, delimited: true })
    return {
      file,
      format: 'csv',
      encoding: asBytes.encoding,
      delimiter,
      sheets: [],
      sheet: null,
      grid,
      ...layout
    }
  }
  const { text, encoding, nulsDropped, fixCell } = decodeTextLazily(bytes, options.codecs)
  if (text.trim() === '') throw new ImportError('empty_file')
  progress?.(0.1)
  const delimiter = sniffDelimiter(text)
  const grid = parseDelimited(
    text,
    delimiter,
    progress && ((f) => progress(0.1 + 0.8 * f)),
    fixCell
  )
  progress?.(0.9)
  const layout = layoutTable(grid, { ...options, delimited: true })
  if (nulsDropped !== undefined)
    layout.notices.push({ code: 'nul_bytes_dropped', params: { count: nulsDropped } })
  return {
    file,
    format: 'csv',
    encoding,
    delimiter,
    sheets: [],
    sheet: null,
    grid,
    ...layout
  }
}
