/**
 * Reads an Excel or LibreOffice workbook into Grids of exact cell texts (cleaning.md, "Rows
 * and cells"). .xlsx/.xlsm go through our fast scanner; .xls (BIFF8) and .ods through SheetJS.
 * The format is a hint from content sniffing: the bytes' own signature wins.
 */
import { ImportError } from '../errors'
import { isCompoundFile, isEncryptedOoxml, isZip } from './encryption'
import { readWithSheetJs } from './readWithSheetJs'
import type { ReadWorkbookOptions, Workbook, WorkbookFormat } from './types'
import { readXlsx } from './xlsx/readXlsx'
import { checkOds } from './ods/checkOds'

export type {
  ReadWorkbookOptions,
  SheetCells,
  SheetSummary,
  Workbook,
  WorkbookFormat
} from './types'
export { isEncryptedOoxml } from './encryption'
export { compileNumberFormat } from './numberFormat'

export function readWorkbook(
  bytes: Uint8Array,
  format: WorkbookFormat,
  options: ReadWorkbookOptions = {}
): Workbook {
  if (isEncryptedOoxml(bytes)) {
    // Decryption needs Node (see decryptOoxml.ts): the caller decrypts first, then reads.
    throw new ImportError(options.password ? 'wrong_password' : 'password_required')
  }
  if (isZip(bytes) && !isOds(bytes, format)) return readXlsx(bytes, options)
  if (isZip(bytes)) checkOds(bytes)
  if (format === 'xlsx' && !isCompoundFile(bytes)) throw new ImportError('damaged_file')
  return readWithSheetJs(bytes, options)
}

/** An .ods is a zip too: its first entry is the uncompressed "mimetype" file. */
function isOds(bytes: Uint8Array, format: WorkbookFormat): boolean {
  if (format === 'ods') return true
  const head = String.fromCharCode(...bytes.subarray(30, 80))
  return head.startsWith('mimetype') && head.includes('opendocument')
}
