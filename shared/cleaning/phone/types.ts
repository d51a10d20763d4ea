import type { CountryCode } from 'libphonenumber-js/max'
import { z } from 'zod'

export type { CountryCode }

/**
 * Two capital letters: which countries libphonenumber knows is its own business (its metadata
 * stays out of the page's main thread, which parses worker calls with this).
 */
export const countryCodeSchema = z.custom<CountryCode>(
  (value) => typeof value === 'string' && /^[A-Z]{2}$/.test(value)
)

/** What kind of line a valid number is; only `fixed_line` matters to a WhatsApp launch. */
export type PhoneKind = 'mobile' | 'fixed_line' | 'other'

/** Reason codes of cleaning.md "Phone numbers", plus the do-not-contact list's own. */
export const phoneReasonSchema = z.enum([
  'missing_phone',
  'missing_area_code',
  'excel_scientific_notation',
  'invalid_number'
])
export type PhoneReason = z.infer<typeof phoneReasonSchema>

/** Informative notes, worded exactly as the spec and the fixtures' `.expected.json` write them. */
export const phoneNoteSchema = z.enum([
  'added 9th digit',
  'extension dropped',
  'several numbers; first valid used'
])
export type PhoneNote = z.infer<typeof phoneNoteSchema>

export type PhoneResult =
  | { ok: true; e164: string; kind: PhoneKind; notes: PhoneNote[] }
  | { ok: false; reason: PhoneReason }

export interface PhoneOptions {
  /** Default country for numbers written without `+` (cleaning.md: BR). */
  country?: CountryCode
  /** DDD the user set for numbers that have none (bulk action "definir DDD padrão"). */
  defaultDdd?: string
  /** DDD from a paired DDD column; used when the number has none of its own. */
  ddd?: string
}
