import { cleanEmail } from './email'
import { cleanName } from './name'
import { normalizePhone } from './phone/normalizePhone'
import { hasDddConflict, isNationwideNumber } from './phoneWarnings'
import type { CleanRow, LeadInput, RowRules, RowWarning } from './types'
import type { PhoneKind, PhoneResult } from './phone/types'

/** A row's phone as the rules read it: `no_phone_column` when the file has none. */
export type RowPhone = PhoneResult | { ok: false; reason: 'no_phone_column' }

/** The phone rule of one row: its cell, with the paired DDD cell and the user's default DDD. */
export function rowPhone(input: LeadInput, rules: RowRules): RowPhone {
  return input.noPhoneColumn === true
    ? { ok: false, reason: 'no_phone_column' }
    : normalizePhone(input.phone, {
        country: rules.country ?? 'BR',
        defaultDdd: rules.defaultDdd,
        ddd: input.ddd
      })
}

/** What a launch should know about a valid phone, pushed in the order rows carry them. */
export function pushPhoneWarnings(
  warnings: RowWarning[],
  input: LeadInput,
  phone: { e164: string; kind: PhoneKind },
  rules: RowRules
): void {
  if (phone.kind === 'fixed_line' && rules.provider === 'kinbox') warnings.push('landline')
  if (input.ddd !== undefined && hasDddConflict(input.phone, input.ddd, phone.e164))
    warnings.push('ddd_conflict')
  if (isNationwideNumber(phone.e164)) warnings.push('nationwide')
}

/**
 * The rules for one row on its own: phone, name, e-mail, warnings. Status is `ok` or
 * `invalid`; duplicates and the block list need the other rows (see DuplicateIndex).
 * Called for every row on import and again for a row the user edits.
 */
export function recheckRow(input: LeadInput, rules: RowRules = {}): CleanRow {
  const phone = rowPhone(input, rules)
  const warnings: RowWarning[] = input.fieldCount === true ? ['field_count'] : []
  // Literal objects of one shape, no spread: this runs 100k times per file.
  const row: CleanRow = phone.ok
    ? {
        row: input.row,
        status: 'ok',
        phone: phone.e164,
        notes: phone.notes,
        warnings,
        original: input.phone,
        kind: phone.kind
      }
    : {
        row: input.row,
        status: 'invalid',
        phone: null,
        reason: phone.reason,
        notes: [],
        warnings,
        original: input.phone
      }
  if (input.ddd !== undefined) row.originalDdd = input.ddd
  if (phone.ok) pushPhoneWarnings(warnings, input, phone, rules)
  if (input.name !== undefined) {
    const { name, firstName } = cleanName(input.name)
    row.name = name
    row.firstName = firstName
  }
  if (input.email !== undefined) addEmail(row, input.email)
  return row
}

function addEmail(row: CleanRow, raw: string): void {
  const { email, warning } = cleanEmail(raw)
  row.email = email
  if (warning !== undefined) row.warnings.push(warning)
}
