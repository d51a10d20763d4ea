import type { Mapping } from './mapping'
import type { MappingRow, VariableValue } from './rowValues'
import { recipientName, variableValues } from './rowValues'

/** Integra: every dynamic_variables value is a string of at most 1,000 characters. */
export const INTEGRA_VALUE_MAX_LENGTH = 1000

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
    const dynamic: Record<string, string> = {}
    for (const value of variableValues(row, mapping)) {
      for (const code of valueIssues(value)) issues.push({ row: row.row, key: value.key, code })
      if (!value.omitted) dynamic[value.key] = value.value
    }
    const name = recipientName(row, mapping)
    recipients.push({
      phone_number: row.phone,
      ...(name !== '' && { recipient_name: name }),
      dynamic_variables: dynamic
    })
  }
  return { recipients, issues }
}

function valueIssues(value: VariableValue): RecipientIssueCode[] {
  const codes: RecipientIssueCode[] = []
  if (value.transformFailed) codes.push('transform_failed')
  if (value.omitted) return codes
  if (value.value === '') codes.push('empty_value')
  if (value.value.length > INTEGRA_VALUE_MAX_LENGTH) codes.push('value_too_long')
  return codes
}
