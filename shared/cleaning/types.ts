import { z } from 'zod'
import type { Provider } from '../providers/provider'
import { phoneReasonSchema, type CountryCode, type PhoneKind, type PhoneNote } from './phone/types'

export const rowStatusSchema = z.enum(['ok', 'invalid', 'duplicate'])
export type RowStatus = z.infer<typeof rowStatusSchema>

/**
 * Why a row is not launched. `do_not_contact`: the number is on the user's block list; such a
 * row is `invalid` (excluded from launch, counted in `summary.invalid`) but keeps its `phone`
 * so the grid can show which number matched.
 */
export const rowReasonSchema = z.enum([
  ...phoneReasonSchema.options,
  'do_not_contact',
  'no_phone_column'
])
export type RowReason = z.infer<typeof rowReasonSchema>

/**
 * `ddd_conflict`: the cell's own DDD differs from the paired DDD column's (the cell is kept).
 * `nationwide`: 0800/0300/4003/4004…, valid anywhere but a company's (kept out of a WhatsApp
 * launch unless confirmed, see shared/launch/collectRows).
 */
export const rowWarningSchema = z.enum([
  'field_count',
  'landline',
  'invalid_email',
  'ddd_conflict',
  'nationwide'
])
export type RowWarning = z.infer<typeof rowWarningSchema>

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
