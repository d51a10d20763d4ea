import { INTEGRA_VALUE_MAX_LENGTH } from '../providers/integra/schemas'
import type { Mapping } from './mapping'
import type { MappingRow, VariableValue } from './rowValues'
import { recipientName, variableValues } from './rowValues'

/** Integra: every dynamic_variables value is a string of at most 1,000 characters (its home: the schema). */
export { INTEGRA_VALUE_MAX_LENGTH }

export interface IntegraRecipient {
  phone_number: string
  recipient_name?: string
  dynamic_variables: Record<string, string>
}

export type RecipientIssueCode = 'value_too_long' | 'empty_value' | 'transform_failed'

export interface RecipientIssue {
  row: number
  key: string
  code: RecipientIssueCode
}

export interface IntegraRecipients {
  recipients: IntegraRecipient[]
  /** Per row and key. `empty_value`: sent as "" (no default, not omitted). */
  issues: RecipientIssue[]
}

/** One recipient per row, in row order; flagged rows are still built (the launch gate decides). */
export function buildIntegraRecipients(
  rows: Iterable<MappingRow>,
  mapping: Mapping
): IntegraRecipients {
  const recipients: IntegraRecipient[] = []
  const issues: RecipientIssue[] = []
  for (const row of rows) {
    recipients.push(integraRecipient(row, mapping, variableValues(row, mapping), issues))
  }
  return { recipients, issues }
}

/**
 * One row's recipient from its already computed `variableValues` (the launch plan computes
 * them once per row, and may pass the row's recipient name it cached per cell text); the
 * row's issues are appended to `issues`.
 */
export function integraRecipient(
  row: MappingRow,
  mapping: Mapping,
  values: readonly VariableValue[],
  issues: RecipientIssue[],
  name: string = recipientName(row, mapping)
): IntegraRecipient {
  const dynamic: Record<string, string> = {}
  for (const value of values) {
    // Hot path (50,000 rows × every variable): no array per value.
    if (value.transformFailed)
      issues.push({ row: row.row, key: value.key, code: 'transform_failed' })
    if (value.omitted) continue
    if (value.value === '') issues.push({ row: row.row, key: value.key, code: 'empty_value' })
    if (value.value.length > INTEGRA_VALUE_MAX_LENGTH) {
      issues.push({ row: row.row, key: value.key, code: 'value_too_long' })
    }
    dynamic[value.key] = value.value
  }
  return name === ''
    ? { phone_number: row.phone, dynamic_variables: dynamic }
    : { phone_number: row.phone, recipient_name: name, dynamic_variables: dynamic }
}
