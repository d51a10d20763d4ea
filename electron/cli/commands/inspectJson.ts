/**
 * `inspect --json` written piece by piece: 100k rows would otherwise become 100k InspectRow
 * objects and one 11 MB JSON.stringify before the first byte reaches stdout. The text is
 * exactly `JSON.stringify({ ...head, rows: rows.map(toInspectRow) })` (a test checks it).
 */
import type { CleanRow } from '../../../shared/cleaning/types'

/** Rows per piece handed to stdout. */
const BATCH = 4096

/**
 * What JSON.stringify escapes: `"`, `\\`, control characters and (lone) surrogates; any
 * surrogate is left to it. Everything else, accents included, is copied as is.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

function str(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`
}

function list(values: readonly string[]): string {
  if (values.length === 0) return '[]'
  let out = '['
  for (let i = 0; i < values.length; i++) out += (i === 0 ? '' : ',') + str(values[i] ?? '')
  return out + ']'
}

/** One row as toInspectRow shapes it (inspectRow.ts), keys in the same order. */
export function inspectRowJson(row: CleanRow): string {
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
export function* inspectJsonPieces(head: object, rows: readonly CleanRow[]): Generator<string> {
  const open = JSON.stringify(head)
  yield `${open.slice(0, -1)}${open.length > 2 ? ',' : ''}"rows":[`
  for (let start = 0; start < rows.length; start += BATCH) {
    let piece = start === 0 ? '' : ','
    const end = Math.min(rows.length, start + BATCH)
    for (let i = start; i < end; i++) {
      const row = rows[i]
      if (row !== undefined) piece += (i === start ? '' : ',') + inspectRowJson(row)
    }
    yield piece
  }
  yield ']}'
}
