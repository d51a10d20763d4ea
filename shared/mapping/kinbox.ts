import type { Mapping } from './mapping'
import type { MappingRow } from './rowValues'
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
  const header = ['number', ...mapping.variables.map((variable) => variable.key)]
  const out: string[][] = []
  for (const row of rows) {
    const values = variableValues(row, mapping).map((variable) => variable.value)
    out.push([kinboxNumber(row.phone), ...values])
  }
  return { header, rows: out }
}
