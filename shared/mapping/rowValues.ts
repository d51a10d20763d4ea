import { z } from 'zod'
import type { Mapping, VariableMapping } from './mapping'
import { cleanPersonName } from './nameCase'
import { applyTransform } from './transforms'

/**
 * The least a builder needs from a cleaned row (cleaning's CleanRow + the Grid cells).
 * Callers pass only the rows to send (status ok); builders do not filter.
 */
export interface MappingRow {
  /** Spreadsheet row number, for issues and warnings. */
  row: number
  /** E.164, e.g. +5511987654321. */
  phone: string
  /** Raw cell text of a column of the lead table ('' past the row's end). */
  cell: (column: number) => string
}

export const variableValueSchema = z.object({
  key: z.string(),
  /** The text to send ('' when omitted). */
  value: z.string(),
  /** The cell was empty after its transform (its default, if any, was used). */
  empty: z.boolean(),
  /** Empty and mapped with `omit`: the key is not sent. */
  omitted: z.boolean(),
  /** A date/money transform could not read the cell. */
  transformFailed: z.boolean()
})
export type VariableValue = z.infer<typeof variableValueSchema>

/** Every variable of `mapping` for one row, in mapping order. */
export function variableValues(row: MappingRow, mapping: Mapping): VariableValue[] {
  return mapping.variables.map((variable) => variableValue(row.cell(variable.column), variable))
}

/** One variable's value from its cell's text (the rule; the launch plan caches it per text). */
export function variableValue(text: string, variable: VariableMapping): VariableValue {
  const { key, transform, empty } = variable
  const result = applyTransform(text, transform)
  const isEmpty = result.value.trim() === ''
  const omitted = isEmpty && empty.kind === 'omit'
  const value = !isEmpty ? result.value : empty.kind === 'default' ? empty.value : ''
  return { key, value, empty: isEmpty, omitted, transformFailed: result.failed }
}

/** Variables as the message preview sees them: omitted keys render as ''. */
export function variableRecord(row: MappingRow, mapping: Mapping): Record<string, string> {
  const record: Record<string, string> = {}
  for (const { key, value } of variableValues(row, mapping)) record[key] = value
  return record
}

/** Recipient name from the mapped name column, cleaned as cleaning.md says ('' when none). */
export function recipientName(row: MappingRow, mapping: Mapping): string {
  return mapping.name ? cleanPersonName(row.cell(mapping.name.column)) : ''
}
