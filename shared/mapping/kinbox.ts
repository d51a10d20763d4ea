import type { Mapping } from './mapping'
import type { MappingRow, VariableValue } from './rowValues'
import { variableValues } from './rowValues'

export interface KinboxLeadRows {
  /** `number`, then the variable keys in mapping order (providers.md "Leads file"). */
  header: string[]
  rows: string[][]
}

/** Kinbox stores numbers as digits with DDI and no `+`: +5585984134352 → 5585984134352. */
export function kinboxNumber(e164: string): string {
  return e164.replace(/\D/g, '')
}

/** Rows of the leads file; an omitted variable is an empty cell (columns are positional). */
export function buildKinboxLeadRows(rows: Iterable<MappingRow>, mapping: Mapping): KinboxLeadRows {
  const header = kinboxLeadHeader(mapping)
  const out: string[][] = []
  for (const row of rows) out.push(kinboxLeadRow(row, variableValues(row, mapping)))
  return { header, rows: out }
}

/** The header row: `number`, then the variable keys in mapping order. */
export function kinboxLeadHeader(mapping: Mapping): string[] {
  return ['number', ...mapping.variables.map((variable) => variable.key)]
}

/** One row of the leads file from its already computed `variableValues`, in mapping order. */
export function kinboxLeadRow(row: MappingRow, values: readonly VariableValue[]): string[] {
  const cells = [kinboxNumber(row.phone)]
  for (const value of values) cells.push(value.value)
  return cells
}
