import type { MappingRow, Transform } from '../../../../shared/mapping'
import { applyTransform } from '../../../../shared/mapping'
import { INTEGRA_VALUE_MAX_LENGTH } from '../../../../shared/mapping'
import { launchExclusion } from '../../../../shared/launch/collectRows'
import { cleanState, editedCell, launchChoices } from '../clean/cleanState'
import { importState } from '../state'

/**
 * The rows a launch sends, computed once per change of their inputs (issue 13), and each
 * (column, transform) of them once per such change: Mapear's preview and checks read these
 * instead of walking every row again on each edit.
 *
 * Inputs: the table, the cleaning session and its columns, the exclusions, confirmations and
 * the nationwide choice, the provider. Every change to them goes through cleanCalls'
 * `refreshView` (edits, bulk actions, undo/redo, settings, a new table, a column change), which
 * calls `cleanChanged`; the identities of the objects are checked too, so a change that
 * bypassed it (a new table or session put in place) is still seen.
 */

let version = 0

/** Something the launchable rows depend on changed: the next reader rebuilds them. */
export function cleanChanged(): void {
  version++
}

/** How often each layer was rebuilt (tests prove what an edit recomputes). */
export const launchableCacheStats = { rowBuilds: 0, transformBuilds: 0 }

export interface LaunchableList {
  /** False while the table is not cleaned (no session). */
  cleaned: boolean
  length: number
  /** Data-row position of each launchable row, in file order. */
  index: Int32Array
  /** Its spreadsheet row number. */
  row: Int32Array
  /** Its E.164 phone. */
  phone: string[]
  /** One launchable row as the mapping builders read it. */
  mappingRow(position: number): MappingRow
  /** The text of a column for every launchable row, as the user sees it (Limpar's edits). */
  columnTexts(column: number): string[]
}

/** A (column, transform) over every launchable row: what the variables' values are made of. */
export interface TransformedColumn {
  /** applyTransform's value at a position (trimmed; the empty rule not applied). */
  value(position: number): string
  /** EMPTY: the value is '' after trimming; FAILED: a date/money transform could not read it. */
  flags: Uint8Array
  /** Positions whose value is longer than Integra accepts. */
  long: number[]
}

export const EMPTY = 1
export const FAILED = 2
/** Per distinct text only: the value is longer than Integra accepts. */
const LONG = 4

/**
 * A column's texts over the launchable rows, each distinct text once, with every row's index
 * into them: exports repeat names, companies, cities, dates and amounts, so a transform runs
 * once per distinct text, and trying another transform on a column reads no cell again. A
 * column whose texts rarely repeat (ids, e-mails) keeps one text per row instead (`ids` null).
 */
interface ColumnTexts {
  texts: string[]
  ids: Int32Array | null
}

// After this many rows, a column with fewer repeats than this stops being indexed by text.
const PROBE = 2000
const MIN_REPEAT_RATE = 0.3

interface Key {
  version: number
  table: unknown
  session: unknown
  columns: unknown
  excluded: unknown
  confirmed: unknown
  provider: string
  nationwide: boolean
}

let cached: { key: Key; list: LaunchableList } | null = null
const transformed = new Map<string, TransformedColumn>()
/** Columns kept per list; beyond it the oldest goes (a user trying transforms on many columns). */
const MAX_TRANSFORMED = 48
const columnTexts = new Map<number, ColumnTexts>()
const MAX_COLUMN_TEXTS = 16

function currentKey(): Key {
  return {
    version,
    table: importState.table,
    session: cleanState.session,
    columns: cleanState.columns,
    excluded: cleanState.excluded,
    confirmed: cleanState.confirmed,
    provider: cleanState.settings.provider,
    nationwide: cleanState.nationwideConfirmed
  }
}

function sameKey(a: Key, b: Key): boolean {
  return (Object.keys(a) as (keyof Key)[]).every((k) => a[k] === b[k])
}

/** The launchable rows (shared/launch/collectRows' rule), rebuilt only after a change. */
export function launchableList(): LaunchableList {
  const key = currentKey()
  if (cached && sameKey(cached.key, key)) return cached.list
  transformed.clear()
  columnTexts.clear()
  const list = buildList()
  launchableCacheStats.rowBuilds++
  cached = { key, list }
  return list
}

function buildList(): LaunchableList {
  const table = importState.table
  const session = cleanState.session
  const index: number[] = []
  const row: number[] = []
  const phone: string[] = []
  if (table && session) {
    const choices = launchChoices()
    const rows = session.rows
    for (let i = 0; i < rows.length; i++) {
      const clean = rows[i]
      if (!clean || launchExclusion(clean, i, choices) !== null) continue
      index.push(i)
      row.push(clean.row)
      phone.push(clean.phone ?? '')
    }
  }
  const indexes = Int32Array.from(index)
  const cellOf = (position: number, column: number): string => {
    if (!table) return ''
    const i = indexes[position] ?? 0
    return editedCell(i, column, table.grid.cell(table.dataRows[i] ?? 0, column))
  }
  return {
    cleaned: session !== null,
    length: indexes.length,
    index: indexes,
    row: Int32Array.from(row),
    phone,
    mappingRow: (position) => ({
      row: row[position] ?? 0,
      phone: phone[position] ?? '',
      cell: (column) => cellOf(position, column)
    }),
    columnTexts(column) {
      const out = new Array<string>(indexes.length)
      if (!table) return out.fill('')
      const rule = cleanState.columns
      const edited =
        rule !== null &&
        (column === rule.phone ||
          column === rule.ddd ||
          column === rule.name ||
          column === rule.email)
      const { grid, dataRows } = table
      for (let p = 0; p < indexes.length; p++) {
        const i = indexes[p] ?? 0
        const text = grid.cell(dataRows[i] ?? 0, column)
        out[p] = edited ? editedCell(i, column, text) : text
      }
      return out
    }
  }
}

/** The most recently used last, so the oldest is the one evicted beyond `max`. */
function remembered<K, V>(cache: Map<K, V>, key: K, max: number, compute: () => V): V {
  const known = cache.get(key)
  if (known !== undefined) {
    cache.delete(key)
    cache.set(key, known)
    return known
  }
  const value = compute()
  cache.set(key, value)
  if (cache.size > max) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  return value
}

/** A column's texts over the launchable rows (ColumnTexts), read once per list. */
function textsOf(list: LaunchableList, column: number): ColumnTexts {
  return remembered(columnTexts, column, MAX_COLUMN_TEXTS, () => {
    const texts = list.columnTexts(column)
    const ids = new Int32Array(texts.length)
    const index = new Map<string, number>()
    const distinct: string[] = []
    for (let p = 0; p < texts.length; p++) {
      if (p === PROBE && distinct.length > PROBE * (1 - MIN_REPEAT_RATE))
        return { texts, ids: null }
      const text = texts[p] ?? ''
      let id = index.get(text)
      if (id === undefined) {
        id = distinct.push(text) - 1
        index.set(text, id)
      }
      ids[p] = id
    }
    return { texts: distinct, ids }
  })
}

/** A (column, transform) over the launchable rows, computed once per list. */
export function transformedColumn(
  column: number,
  transform: Transform | undefined
): TransformedColumn {
  const list = launchableList()
  return remembered(transformed, `${column}:${transform ?? ''}`, MAX_TRANSFORMED, () => {
    const { texts, ids } = textsOf(list, column)
    // Each distinct text (or each row's, see ColumnTexts) through the transform once.
    const values = new Array<string>(texts.length)
    const kinds = new Uint8Array(texts.length)
    for (let u = 0; u < texts.length; u++) {
      const result = applyTransform(texts[u] ?? '', transform)
      const value = result.value
      values[u] = value
      let kind = value.trim() === '' ? EMPTY : 0
      if (result.failed) kind |= FAILED
      if (value.length > INTEGRA_VALUE_MAX_LENGTH) kind |= LONG
      kinds[u] = kind
    }
    const n = list.length
    const flags = new Uint8Array(n)
    const long: number[] = []
    for (let p = 0; p < n; p++) {
      const kind = kinds[ids === null ? p : (ids[p] ?? 0)] ?? 0
      flags[p] = kind & (EMPTY | FAILED)
      if ((kind & LONG) !== 0) long.push(p)
    }
    launchableCacheStats.transformBuilds++
    return {
      value: (position) => values[ids === null ? position : (ids[position] ?? 0)] ?? '',
      flags,
      long
    }
  })
}
