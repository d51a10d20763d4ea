/**
 * `inspect --json` written piece by piece: 100k rows would otherwise become 100k InspectRow
 * objects and one 11 MB JSON.stringify before the first byte reaches stdout. The text is
 * exactly `JSON.stringify({ ...head, rows: rows.map(toInspectRow) })` (a test checks it).
 */
import type { InspectRowSource } from '../../../shared/cleaning/inspectRow'

/** Rows by index: an array of CleanRows, or a compact result's views (compactClean.ts). */
export interface InspectRows {
  readonly length: number
  at(index: number): InspectRowSource | undefined
}

/**
 * Rows per piece handed to stdout (~60 KB, a pipe's buffer). Small pieces also keep the rows'
 * strings short-lived: 4096 rows of them outlived young-generation GCs and cost ~25% more.
 */
const BATCH = 512

/**
 * What JSON.stringify escapes: `"`, `\\`, control characters and (lone) surrogates; any
 * surrogate is left to it. Everything else, accents included, is copied as is.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

function str(value: string): string {
  return needsEscape(value) ? JSON.stringify(value) : `"${value}"`
}

/** NEEDS_ESCAPE.test(value): a loop is faster than a regex on the short strings of a row. */
function needsEscape(value: string): boolean {
  if (value.length > 64) return NEEDS_ESCAPE.test(value)
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return true
  }
  return false
}

function list(values: readonly string[]): string {
  if (values.length === 0) return '[]'
  let out = '['
  for (let i = 0; i < values.length; i++) out += (i === 0 ? '' : ',') + str(values[i] ?? '')
  return out + ']'
}

/** One row as toInspectRow shapes it (inspectRow.ts), keys in the same order. */
export function inspectRowJson(row: InspectRowSource): string {
  let out = `{"row":${row.row},"status":"${row.status}","phone":${row.phone === null ? 'null' : str(row.phone)}`
  if (row.status === 'ok') {
    if (row.name !== undefined) out += `,"name":${str(row.name)}`
    if (row.firstName !== undefined) out += `,"firstName":${str(row.firstName)}`
    return out + `,"notes":${list(row.notes)},"warnings":${list(row.warnings)}}`
  }
  if (row.reason !== undefined) out += `,"reason":"${row.reason}"`
  if (row.duplicateOf !== undefined) out += `,"duplicateOf":${row.duplicateOf}`
  if (row.warnings.length > 0) out += `,"warnings":${list(row.warnings)}`
  return out + '}'
}

/** The document in pieces: `head` with a `rows` key appended last. */
export function* inspectJsonPieces(head: object, rows: InspectRows): Generator<string> {
  const open = JSON.stringify(head)
  yield `${open.slice(0, -1)}${open.length > 2 ? ',' : ''}"rows":[`
  for (let start = 0; start < rows.length; start += BATCH) {
    let piece = start === 0 ? '' : ','
    const end = Math.min(rows.length, start + BATCH)
    for (let i = start; i < end; i++) {
      const row = rows.at(i)
      if (row !== undefined) piece += (i === start ? '' : ',') + inspectRowJson(row)
    }
    yield piece
  }
  yield ']}'
}
