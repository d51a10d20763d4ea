import type { CleanRow, RowReason, RowStatus, RowWarning } from './types'
import type { PhoneNote } from './phone/types'

/** A row exactly as cli.md's `inspect --json` prints it. */
export interface InspectRow {
  row: number
  status: RowStatus
  phone: string | null
  reason?: RowReason
  duplicateOf?: number
  name?: string
  firstName?: string
  notes?: PhoneNote[]
  warnings?: RowWarning[]
}

/** What a row must say to be printed by inspect: a CleanRow, or a compact row's view of it. */
export type InspectRowSource = Pick<
  CleanRow,
  | 'row'
  | 'status'
  | 'phone'
  | 'reason'
  | 'duplicateOf'
  | 'name'
  | 'firstName'
  | 'notes'
  | 'warnings'
>

/**
 * cli.md's shape: an ok row has its name, notes and warnings; an invalid row its reason; a
 * duplicate its duplicateOf. Warnings also appear on other rows when there are any
 * (`field_count` matters on an invalid row too).
 */
export function toInspectRow(row: InspectRowSource): InspectRow {
  const out: InspectRow = { row: row.row, status: row.status, phone: row.phone }
  if (row.status === 'ok') {
    if (row.name !== undefined) out.name = row.name
    if (row.firstName !== undefined) out.firstName = row.firstName
    out.notes = row.notes
    out.warnings = row.warnings
    return out
  }
  if (row.reason !== undefined) out.reason = row.reason
  if (row.duplicateOf !== undefined) out.duplicateOf = row.duplicateOf
  if (row.warnings.length > 0) out.warnings = row.warnings
  return out
}
