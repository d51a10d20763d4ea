import type { CleanRow, DuplicateRules } from './types'

/**
 * Duplicates by E.164, kept up to date as rows are edited: an index number → row indices
 * (ascending), so one edit re-decides only the rows sharing the old or the new number.
 * Rows enter the index when their phone is valid and not on the block list.
 */
export class DuplicateIndex {
  private readonly groups = new Map<string, number[]>()
  private keep: 'first' | 'last'
  private doNotContact: ReadonlySet<string>

  constructor(
    private readonly rows: CleanRow[],
    rules: DuplicateRules = {}
  ) {
    this.keep = rules.keep ?? 'first'
    this.doNotContact = rules.doNotContact ?? new Set()
    this.rebuild()
  }

  /** Re-decide every row (after a bulk change such as "manter o último duplicado"). */
  setRules(rules: DuplicateRules): void {
    this.keep = rules.keep ?? this.keep
    this.doNotContact = rules.doNotContact ?? this.doNotContact
    this.rebuild()
  }

  /** Replace row i (already re-checked alone); returns the indices whose status may have changed. */
  replace(i: number, next: CleanRow): number[] {
    const previous = this.rows[i]
    const oldKey = previous === undefined ? null : keyOf(previous)
    this.rows[i] = next
    if (oldKey !== null) this.remove(oldKey, i)
    const newKey = this.admit(i)
    const touched = new Set<number>([i])
    for (const key of [oldKey, newKey]) {
      if (key !== null) for (const j of this.decide(key)) touched.add(j)
    }
    return [...touched].sort((a, b) => a - b)
  }

  /** Index of the row kept for this number, or undefined. */
  keptIndex(e164: string): number | undefined {
    const group = this.groups.get(e164)
    if (group === undefined) return undefined
    return this.keep === 'first' ? group[0] : group[group.length - 1]
  }

  private rebuild(): void {
    this.groups.clear()
    // Rows enter in ascending order, so each group is sorted by appending.
    for (let i = 0; i < this.rows.length; i++) this.admit(i, true)
    // A number held by one row leaves it as admit() reset it (ok, no duplicateOf): only
    // groups of two or more need deciding. Most numbers in a list are unique.
    for (const [key, group] of this.groups) if (group.length > 1) this.decide(key)
  }

  /** Reset row i's own status and enter it in the index; returns its key or null. */
  private admit(i: number, append = false): string | null {
    const row = this.rows[i]
    if (row === undefined) return null
    resetStatus(row)
    if (row.phone === null || row.status === 'invalid') return null
    if (this.doNotContact.has(row.phone)) {
      row.status = 'invalid'
      row.reason = 'do_not_contact'
      return null
    }
    if (!append) insertSorted(this.groups, row.phone, i)
    else {
      // One look-up, not two: most numbers are new.
      const group = this.groups.get(row.phone)
      if (group !== undefined) group.push(i)
      else this.groups.set(row.phone, [i])
    }
    return row.phone
  }

  private remove(key: string, i: number): void {
    const group = this.groups.get(key)
    if (group === undefined) return
    const at = group.indexOf(i)
    if (at !== -1) group.splice(at, 1)
    if (group.length === 0) this.groups.delete(key)
  }

  /** Set ok/duplicate on every row of one number; returns the group's indices. */
  private decide(key: string): number[] {
    const group = this.groups.get(key) ?? []
    const kept = this.keptIndex(key)
    const keptRow = kept === undefined ? undefined : this.rows[kept]
    for (const j of group) {
      const row = this.rows[j]
      if (row === undefined || keptRow === undefined) continue
      if (j === kept) {
        row.status = 'ok'
        if (row.duplicateOf !== undefined) delete row.duplicateOf
      } else {
        row.status = 'duplicate'
        row.duplicateOf = keptRow.row
      }
    }
    return group
  }
}

/** The number a row is indexed under: valid phone, not already set aside by its own rules. */
function keyOf(row: CleanRow): string | null {
  return row.phone !== null && row.reason === undefined ? row.phone : null
}

/** Undo what a previous decision set, leaving the row as its own rules made it. */
function resetStatus(row: CleanRow): void {
  if (row.reason === 'do_not_contact') {
    delete row.reason
    row.status = 'ok'
  }
  if (row.status === 'duplicate') row.status = 'ok'
  // Only when set: deleting a property V8 never saw still slows every later access.
  if (row.duplicateOf !== undefined) delete row.duplicateOf
}

function insertSorted(groups: Map<string, number[]>, key: string, i: number): void {
  const group = groups.get(key)
  if (group === undefined) {
    groups.set(key, [i])
    return
  }
  let at = group.length
  while (at > 0 && (group[at - 1] ?? 0) > i) at--
  group.splice(at, 0, i)
}
