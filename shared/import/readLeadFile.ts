import type { LeadTable } from './leadTable'
import type { ColumnOverrides } from './columns/chooseColumns'
import type { ImportCodecs } from './codecs'
import { ImportError } from './errors'
import { detectFormat } from './detect/detectFormat'
import { extensionNotices } from './detect/extensionNotices'
import { readTextTable } from './readTextTable'
import { readHtmlFileTable } from './readHtmlFileTable'
import { readWorkbookTable } from './readWorkbookTable'

/** The largest file accepted (the error message states it). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024

export interface ReadLeadFileOptions {
  /** Sheet to read instead of the first one with a phone column. */
  sheet?: string
  /** Spreadsheet row number of the header; 0 = the file has no header; absent = automatic. */
  headerRow?: number
  /** Columns named by the user instead of the automatic choice. */
  columns?: ColumnOverrides
  /**
   * For an encrypted .xlsx. Decryption needs Node (workbook/decryptOoxml.ts), so the caller
   * decrypts first; an encrypted file reaching here fails with password_required/wrong_password.
   */
  password?: string
  /** Called often with the fraction done, 0 to 1. */
  onProgress?: (fraction: number) => void
  maxBytes?: number
  /** Faster decoders from the host (codecs.ts); the portable ones otherwise. */
  codecs?: ImportCodecs
  /**
   * xlsx numbers kept raw and rendered each time their cell is read (xlsx/sheetScanner.ts): less
   * work and memory for a one-shot read of a few columns (`leadprep inspect`), where dates and
   * amounts are never read; a grid searched and sorted over and over had better render once.
   */
  rawNumbers?: boolean
}

/**
 * The import pipeline's entry, shared by the worker and `leadprep`: format by content, then
 * cells, header, blank and footer rows, and the phone/DDD/name columns. Synchronous: the UI
 * cancels by terminating the worker.
 */
export function readLeadFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadLeadFileOptions = {}
): LeadTable {
  const limit = options.maxBytes ?? MAX_FILE_BYTES
  if (bytes.length > limit) {
    const mb = (n: number): number => Math.ceil(n / (1024 * 1024))
    throw new ImportError('file_too_large', { sizeMb: mb(bytes.length), limitMb: mb(limit) })
  }
  const kind = detectFormat(bytes)
  const notices = extensionNotices(fileName, kind)
  const file = baseName(fileName)
  let table: LeadTable
  if (kind === 'text') table = readTextTable(bytes, file, options)
  else if (kind === 'html') table = readHtmlFileTable(bytes, file, options)
  else table = readWorkbookTable(bytes, file, kind === 'encrypted-ooxml' ? 'xlsx' : kind, options)
  table.notices.unshift(...notices)
  options.onProgress?.(1)
  return table
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
}
