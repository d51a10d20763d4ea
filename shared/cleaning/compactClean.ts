/**
 * Every data row through the rules of cleaning.md, held compactly, for a one-shot read such as
 * `leadprep inspect` (issue 13): what cleanLeads gives, as a few bytes per row in typed arrays
 * instead of a CleanRow object, its strings and two arrays (~370 bytes, 1M rows of them were
 * most of inspect's peak memory and of its GC time). A row's name is cleaned when the row is
 * read back, and only for rows that print it (`ok`); the e-mail only leaves its warning.
 * Duplicates are decided as DuplicateIndex does with its defaults: the first kept.
 */
import type { LeadTable } from '../import/leadTable'
import { isInvalidEmail } from './email'
import type { InspectRowSource } from './inspectRow'
import { ruleColumns, type RuleColumns } from './leadInputs'
import { cleanName } from './name'
import type { PhoneNote } from './phone/types'
import { pushPhoneWarnings, rowPhone } from './recheckRow'
import type {
  CleanOptions,
  CleanSummary,
  LeadInput,
  RowReason,
  RowRules,
  RowStatus,
  RowWarning
} from './types'

/** The options cleanLeads takes, but those of duplicates: a compact read keeps the first. */
export type CompactCleanOptions = RowRules &
  Pick<CleanOptions, 'phoneColumn' | 'dddColumn' | 'nameColumn' | 'emailColumn'>

export interface CompactCleanResult {
  summary: CleanSummary
  /** Number of rows (summary.total). */
  readonly length: number
  /**
   * Row k (0-based, in the table's dataRows order) as inspect prints it. The object returned is
   * one view, refilled by each call: read it before asking for the next row.
   */
  at(k: number): InspectRowSource | undefined
  /** Row k's reason, without building its view (the counts by reason). */
  reason(k: number): RowReason | undefined
}

const STATUSES: readonly RowStatus[] = ['ok', 'invalid', 'duplicate']
const OK = 0
const INVALID = 1
const DUPLICATE = 2

export function cleanLeadsCompact(
  table: LeadTable,
  options: CompactCleanOptions = {}
): CompactCleanResult {
  const columns = ruleColumns(table, options)
  const rules: RowRules = {
    country: options.country,
    defaultDdd: options.defaultDdd,
    provider: options.provider
  }
  const n = table.dataRows.length
  const status = new Uint8Array(n)
  const reasonIds = new Uint8Array(n)
  const noteIds = new Uint8Array(n)
  const warningIds = new Uint8Array(n)
  const phones = new Float64Array(n)
  const reasons = new Interner<RowReason>()
  const notes = new ListInterner<PhoneNote>()
  const warningLists = new ListInterner<RowWarning>()
  /** E.164 numbers a double cannot hold exactly (none in practice), by row. */
  const otherPhones = new Map<number, string>()
  const input: LeadInput = { row: 0, phone: '' }
  const warnings: RowWarning[] = []
  for (let k = 0; k < n; k++) {
    readInput(table, columns, k, input)
    const phone = rowPhone(input, rules)
    warnings.length = 0
    if (input.fieldCount === true) warnings.push('field_count')
    if (phone.ok) {
      const digits = phoneDigits(phone.e164)
      if (digits === 0) otherPhones.set(k, phone.e164)
      phones[k] = digits
      noteIds[k] = notes.id(phone.notes)
      pushPhoneWarnings(warnings, input, phone, rules)
    } else {
      status[k] = INVALID
      reasonIds[k] = reasons.id(phone.reason)
    }
    if (input.email !== undefined && isInvalidEmail(input.email)) warnings.push('invalid_email')
    warningIds[k] = warningLists.id(warnings)
  }
  const kept = markDuplicates(status, phones, otherPhones)
  let invalid = 0
  let duplicate = 0
  for (let k = 0; k < n; k++) {
    if (status[k] === INVALID) invalid++
    else if (status[k] === DUPLICATE) duplicate++
  }
  const summary: CleanSummary = {
    total: n,
    ok: n - invalid - duplicate,
    invalid,
    duplicate,
    blankSkipped: table.blankSkipped,
    footerRowsSkipped: table.footerRowsSkipped
  }
  const view: InspectRowSource = {
    row: 0,
    status: 'ok',
    phone: null,
    reason: undefined,
    duplicateOf: undefined,
    name: undefined,
    firstName: undefined,
    notes: [],
    warnings: []
  }
  const { grid, dataRows } = table
  const rowNumber = (k: number): number => grid.rowNumber(dataRows[k] ?? 0)
  const phoneOf = (k: number): string => {
    const digits = phones[k] ?? 0
    return digits === 0 ? (otherPhones.get(k) ?? '') : phoneText(digits)
  }
  return {
    summary,
    length: n,
    reason: (k) => (status[k] === INVALID ? reasons.value(reasonIds[k] ?? 0) : undefined),
    at(k) {
      if (k < 0 || k >= n) return undefined
      const code = status[k] ?? OK
      view.row = rowNumber(k)
      view.status = STATUSES[code] ?? 'ok'
      view.phone = code === INVALID ? null : phoneOf(k)
      view.reason = code === INVALID ? reasons.value(reasonIds[k] ?? 0) : undefined
      view.duplicateOf = code === DUPLICATE ? rowNumber(kept(k)) : undefined
      view.notes = code === INVALID ? NO_NOTES : notes.list(noteIds[k] ?? 0)
      view.warnings = warningLists.list(warningIds[k] ?? 0)
      view.name = undefined
      view.firstName = undefined
      // Only an ok row prints its name (toInspectRow): the others are never cleaned.
      if (code === OK && columns.name !== null) {
        const cleaned = cleanName(grid.cell(dataRows[k] ?? 0, columns.name))
        view.name = cleaned.name
        view.firstName = cleaned.firstName
      }
      return view
    }
  }
}

const NO_NOTES: PhoneNote[] = []

/** leadInput's cells into one reused object, less the name (cleaned when read back). */
function readInput(table: LeadTable, columns: RuleColumns, k: number, input: LeadInput): void {
  const { grid, dataRows, fieldCountRows } = table
  const i = dataRows[k] ?? 0
  input.row = grid.rowNumber(i)
  input.phone = columns.phone === null ? '' : grid.cell(i, columns.phone)
  input.ddd = columns.ddd === null ? undefined : grid.cell(i, columns.ddd)
  input.email = columns.email === null ? undefined : grid.cell(i, columns.email)
  input.fieldCount = fieldCountRows.has(i) ? true : undefined
  input.noPhoneColumn = columns.phone === null ? true : undefined
}

/** `+5511987654321` → 5511987654321; 0 when the digits do not fit a double exactly. */
function phoneDigits(e164: string): number {
  // 15 digits at most (E.164), below 2^53; the first is a country code's, never 0.
  if (e164.length < 2 || e164.length > 16 || e164.charCodeAt(0) !== 43) return 0
  if (e164.charCodeAt(1) === 48) return 0
  let value = 0
  for (let i = 1; i < e164.length; i++) {
    const digit = e164.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return 0
    value = value * 10 + digit
  }
  return value
}

/**
 * phoneDigits' inverse, `+` and the digits. Two small integers print faster than one double:
 * the last 7 digits apart (zero-padded), and those before them (none below 10^7).
 */
function phoneText(digits: number): string {
  if (digits < 1e7) return `+${digits}`
  const low = digits % 1e7
  const high = (digits - low) / 1e7
  return `+${high}${low >= 1e6 ? low : String(low).padStart(7, '0')}`
}

/**
 * Later ok rows sharing a number become duplicates of the first; returns where a duplicate's
 * first row is. An open-addressing table of row indices keyed by the numbers in `phones` (4
 * bytes a slot, kept to answer that) instead of a Map of a million boxed doubles.
 */
function markDuplicates(
  status: Uint8Array,
  phones: Float64Array,
  otherPhones: ReadonlyMap<number, string>
): (k: number) => number {
  const n = status.length
  let valid = 0
  for (let k = 0; k < n; k++) if (status[k] === OK) valid++
  let size = 16
  while (size < valid * 2) size *= 2
  const mask = size - 1
  /** 1 + the index of the first row with a number; 0 for a free slot. */
  const firsts = new Int32Array(size)
  const others = new Map<string, number>()
  /** The slot of phones[k]: its first row's, or the free one it would take. */
  const slotOf = (key: number): number => {
    let slot = hashOf(key) & mask
    for (;;) {
      const first = firsts[slot] ?? 0
      if (first === 0 || phones[first - 1] === key) return slot
      slot = (slot + 1) & mask
    }
  }
  for (let k = 0; k < n; k++) {
    if (status[k] !== OK) continue
    const key = phones[k] ?? 0
    if (key === 0) {
      const e164 = otherPhones.get(k) ?? ''
      if (others.has(e164)) status[k] = DUPLICATE
      else others.set(e164, k)
      continue
    }
    const slot = slotOf(key)
    if (firsts[slot] === 0) firsts[slot] = k + 1
    else status[k] = DUPLICATE
  }
  return (k) => {
    const key = phones[k] ?? 0
    if (key === 0) return others.get(otherPhones.get(k) ?? '') ?? k
    return (firsts[slotOf(key)] ?? k + 1) - 1
  }
}

/** A well-mixed 32-bit hash of an integral double below 2^53. */
function hashOf(value: number): number {
  const low = (value % 4294967296) | 0
  const high = (value / 4294967296) | 0
  let h = Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1)
  h ^= h >>> 15
  return Math.imul(h, 0x85ebca6b) ^ (h >>> 13)
}

/** Values by a one-byte id, in the order first seen. */
class Interner<T> {
  private readonly values: T[] = []

  id(value: T): number {
    const at = this.values.indexOf(value)
    if (at !== -1) return at
    this.values.push(value)
    return this.values.length - 1
  }

  value(id: number): T | undefined {
    return this.values[id]
  }
}

/**
 * Lists by a one-byte id (0 is the empty list), compared item by item: rows hold a few distinct
 * note and warning lists, each kept once.
 */
class ListInterner<T> {
  private readonly lists: T[][] = [[]]

  id(list: readonly T[]): number {
    if (list.length === 0) return 0
    for (let id = 1; id < this.lists.length; id++) {
      const known = this.lists[id] ?? []
      if (known.length === list.length && known.every((item, i) => item === list[i])) return id
    }
    if (this.lists.length > 255) throw new Error('too many distinct lists')
    this.lists.push([...list])
    return this.lists.length - 1
  }

  list(id: number): T[] {
    return this.lists[id] ?? []
  }
}
