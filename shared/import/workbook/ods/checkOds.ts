/**
 * Checks an .ods before SheetJS reads it. SheetJS expands `number-rows-repeated` ×
 * `number-columns-repeated` into real cells, so a 1.5 KB file can ask for billions of them:
 * the extent is computed here from the tags alone and refused past the sheet limits. Its zip
 * entries are held to the unpacked caps, and a content.xml that is not a whole spreadsheet
 * document is `damaged_file` (SheetJS would read it as an empty workbook).
 */
import { strFromU8 } from 'fflate'
import { ImportError } from '../../errors'
import { zipEntries } from '../../detect/zipEntries'
import { checkDeclaredSizes, inflateEntry } from '../../zip/inflateCapped'
import { MAX_EXPANDED_CELLS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../../limits'

export function checkOds(bytes: Uint8Array): void {
  const entries = zipEntries(bytes)
  checkDeclaredSizes(entries)
  const content = entries.find((entry) => entry.name === 'content.xml')
  if (!content) throw new ImportError('damaged_file')
  let xml: string
  try {
    xml = strFromU8(inflateEntry(bytes, content))
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError('damaged_file')
  }
  checkOdsContent(xml)
}

const WHOLE_DOCUMENT = /<\/(?:[\w-]+:)?document-content>\s*$/
const SPREADSHEET = /<(?:[\w-]+:)?spreadsheet[\s>][\s\S]*<\/(?:[\w-]+:)?spreadsheet>/
const TAG = /<(\/?)(?:[\w-]+:)?(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)>/g

/** The sheet extent SheetJS would build, refused before it is built. */
export function checkOdsContent(xml: string): void {
  if (!WHOLE_DOCUMENT.test(xml) || !SPREADSHEET.test(xml)) throw new ImportError('damaged_file')
  let row = 0
  let rowRepeat = 1
  let column = 0
  let cells = 0
  for (const match of xml.matchAll(TAG)) {
    const [whole, slash, name, attributes = ''] = match
    const selfClosing = attributes.endsWith('/')
    if (name === 'table') {
      if (!slash) row = 0
    } else if (name === 'table-row') {
      if (slash) row += rowRepeat
      else {
        rowRepeat = repeat(attributes, 'number-rows-repeated')
        column = 0
        if (selfClosing) row += rowRepeat
      }
    } else if (!slash) {
      const columnRepeat = repeat(attributes, 'number-columns-repeated')
      if (!selfClosing && name === 'table-cell' && hasContent(xml, match.index + whole.length)) {
        if (row + rowRepeat > MAX_SHEET_ROWS) {
          throw new ImportError('too_many_rows', { limit: MAX_SHEET_ROWS })
        }
        if (column + columnRepeat > MAX_SHEET_COLUMNS) {
          throw new ImportError('too_many_columns', { limit: MAX_SHEET_COLUMNS })
        }
        cells += rowRepeat * columnRepeat
        if (cells > MAX_EXPANDED_CELLS) {
          throw new ImportError('too_many_cells', { limit: MAX_EXPANDED_CELLS })
        }
      }
      column += columnRepeat
    }
  }
}

function repeat(attributes: string, name: string): number {
  const value = new RegExp(`${name}\\s*=\\s*["'](\\d+)`).exec(attributes)?.[1]
  return value === undefined ? 1 : Math.max(1, Number(value))
}

/** A cell SheetJS keeps: something before its closing tag (an empty one is a stub). */
function hasContent(xml: string, from: number): boolean {
  const next = xml.indexOf('<', from)
  return next !== -1 && !/^<\/(?:[\w-]+:)?table-cell>/.test(xml.slice(next, next + 40))
}
