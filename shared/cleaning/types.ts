import type { Provider } from '../providers/provider'
import type { CountryCode, PhoneKind, PhoneNote, PhoneReason } from './phone/types'

export type RowStatus = 'ok' | 'invalid' | 'duplicate'

/**
 * Why a row is not launched. `do_not_contact`: the number is on the user's block list; such a
 * row is `invalid` (excluded from launch, counted in `summary.invalid`) but keeps its `phone`
 * so the grid can show which number matched.
 */
export type RowReason = PhoneReason | 'do_not_contact' | 'no_phone_column'

/**
 * `ddd_conflict`: the cell's own DDD differs from the paired DDD column's (the cell is kept).
 * `nationwide`: 0800/0300/4003/4004…, valid anywhere but a company's (kept out of a WhatsApp
 * launch unless confirmed, see shared/launch/collectRows).
 */
export type RowWarning =
  'field_count' | 'landline' | 'invalid_email' | 'ddd_conflict' | 'nationwide'

/** WhatsApp-type providers flag landlines (`landline`); voice providers do not. */
export type { Provider } from '../providers/provider'

/** One data row after cleaning; fields as in cli.md `rows`, plus what the app's grid needs. */
export interface CleanRow {
  /** The spreadsheet's own 1-based row number. */
  row: number
  status: RowStatus
  /** E.164, or null when the phone is invalid. */
  phone: string | null
  reason?: RowReason
  /** Row number of the kept row with the same phone. */
  duplicateOf?: number
  name?: string
  firstName?: string
  email?: string
  notes: PhoneNote[]
  warnings: RowWarning[]
  /** The phone cell as in the file, shown beside the cleaned value. */
  original: string
  /** The paired DDD cell as in the file, when there is one. */
  originalDdd?: string
  kind?: PhoneKind
}

export interface CleanSummary {
  total: number
  ok: number
  invalid: number
  duplicate: number
  blankSkipped: number
  footerRowsSkipped: number
}

export interface CleanResult {
  rows: CleanRow[]
  summary: CleanSummary
}

/** The rules' settings; every one can change while the user fixes rows. */
export interface RowRules {
  country?: CountryCode
  defaultDdd?: string
  provider?: Provider
}

export interface DuplicateRules {
  /** Which occurrence of a number is kept: the first (default) or the last. */
  keep?: 'first' | 'last'
  /** E.164 numbers never to contact (Lista de bloqueio). */
  doNotContact?: ReadonlySet<string>
}

export interface CleanOptions extends RowRules, DuplicateRules {
  phoneColumn?: number
  dddColumn?: number
  nameColumn?: number
  emailColumn?: number
}

/** The cells of one row that the rules read. */
export interface LeadInput {
  row: number
  phone: string
  ddd?: string
  name?: string
  email?: string
  /** The row has more or fewer fields than the header (delimited text). */
  fieldCount?: boolean
  /** The file has no phone column at all: `no_phone_column`, not an empty cell. */
  noPhoneColumn?: boolean
}
