import type { ImportNotice } from '../leadTable'
import type { ContentKind } from './detectFormat'

const EXPECTED: Record<string, ContentKind[]> = {
  csv: ['text'],
  txt: ['text'],
  tsv: ['text'],
  tab: ['text'],
  xlsx: ['xlsx', 'encrypted-ooxml'],
  xlsm: ['xlsx', 'encrypted-ooxml'],
  xls: ['xls'],
  ods: ['ods'],
  htm: ['html'],
  html: ['html']
}

const FORMAT_NAMES: Record<ContentKind, string> = {
  xlsx: 'xlsx',
  'encrypted-ooxml': 'xlsx',
  xls: 'xls',
  ods: 'ods',
  html: 'html',
  text: 'csv'
}

/**
 * What the user should know when the name and the content disagree: a CSV saved as .xlsx is
 * read as CSV (`read_as_csv`); any other mismatch is read by content (`read_by_content`).
 */
export function extensionNotices(fileName: string, kind: ContentKind): ImportNotice[] {
  const dot = fileName.lastIndexOf('.')
  const extension = dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase()
  const expected = EXPECTED[extension]
  if (!expected || expected.includes(kind)) return []
  const params = { extension, format: FORMAT_NAMES[kind] }
  const isWorkbookName = ['xlsx', 'xlsm', 'xls', 'ods'].includes(extension)
  return [{ code: kind === 'text' && isWorkbookName ? 'read_as_csv' : 'read_by_content', params }]
}
