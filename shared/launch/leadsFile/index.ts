import type { KinboxLeadsFile } from '../types'
import { writeLeadsCsv } from './writeCsv'
import { writeLeadsXlsx } from './writeXlsx'

export { writeLeadsCsv } from './writeCsv'
export { writeLeadsXlsx } from './writeXlsx'
export { SHEET_NAME as LEADS_SHEET_NAME } from './xlsxParts'

/** The leads file's formats (providers.md); the choice is LEADS_FILE_FORMAT in main's decisions. */
export type LeadsFileFormat = 'xlsx' | 'csv'

export interface LeadsFileBytes {
  bytes: Uint8Array
  contentType: string
  /** Without the dot. */
  extension: LeadsFileFormat
}

const CONTENT_TYPES: Record<LeadsFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8'
}

/** The plan's leads-file cells as the bytes to host, in the given format. */
export function writeLeadsFile(file: KinboxLeadsFile, format: LeadsFileFormat): LeadsFileBytes {
  const bytes = format === 'xlsx' ? writeLeadsXlsx(file) : writeLeadsCsv(file)
  return { bytes, contentType: CONTENT_TYPES[format], extension: format }
}
