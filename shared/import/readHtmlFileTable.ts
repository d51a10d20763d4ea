import type { LeadTable } from './leadTable'
import type { ReadLeadFileOptions } from './readLeadFile'
import { decodeText } from './text/decodeText'
import { readHtmlTable } from './html/htmlTable'
import { layoutTable } from './table/layoutTable'

/** An HTML page (the ".xls" many CRMs export): its largest table is the sheet. */
export function readHtmlFileTable(
  bytes: Uint8Array,
  file: string,
  options: ReadLeadFileOptions
): LeadTable {
  const grid = readHtmlTable(decodeText(bytes).text)
  options.onProgress?.(0.9)
  const layout = layoutTable(grid, { ...options, delimited: false })
  return {
    file,
    format: 'html',
    encoding: null,
    delimiter: null,
    sheets: [],
    sheet: null,
    grid,
    ...layout
  }
}
