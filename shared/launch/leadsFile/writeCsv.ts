import { strToU8 } from 'fflate'
import type { KinboxLeadsFile } from '../types'

// A cell with any of these is quoted (RFC 4180, plus `;` and tab for readers that guess).
const NEEDS_QUOTES = /[",;\t\r\n]/

/**
 * The Kinbox leads file as CSV: UTF-8 with a BOM (so spreadsheet apps read accents), comma
 * separated, CRLF lines. Cells go as they are, with no apostrophe or formula guard: Kinbox
 * reads the raw text, and the cells are phones and the user's own variable texts.
 */
export function writeLeadsCsv(file: KinboxLeadsFile): Uint8Array {
  let text = '\uFEFF' + csvLine(file.header)
  for (const row of file.rows) text += csvLine(row)
  return strToU8(text)
}

function csvLine(cells: readonly string[]): string {
  let line = ''
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] ?? ''
    if (c > 0) line += ','
    line += NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
  }
  return line + '\r\n'
}
