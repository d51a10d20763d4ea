import type { Mapping, MappingRow, VariableValue } from '../mapping'
import { cachedVariableValues } from './valueCache'

/**
 * "Não enviar a linha" (`empty: { kind: 'skipRow' }`) leaves a row out when a *required*
 * variable is empty: for Kinbox, a variable the message uses as a placeholder; for Integra,
 * every mapped variable (its agent receives them all). A variable with a default is never
 * empty, so the rule only bites on `skipRow` variables.
 */
export interface SelectedRows {
  rows: MappingRow[]
  /** Each kept row's variableValues, computed once for the rule and the builders. */
  values: VariableValue[][]
  /** Rows left out: a required `skipRow` variable is empty. */
  skipped: number
}

export function selectRows(
  rows: readonly MappingRow[],
  mapping: Mapping,
  required: ReadonlySet<string>
): SelectedRows {
  // Positions in mapping order, which is variableValues' order.
  const skipAt = mapping.variables.flatMap((v, i) =>
    v.empty.kind === 'skipRow' && required.has(v.key) ? [i] : []
  )
  const valuesOf = cachedVariableValues(mapping)
  const kept: MappingRow[] = []
  const values: VariableValue[][] = []
  for (const row of rows) {
    const rowValues = valuesOf(row)
    if (skipAt.some((i) => rowValues[i]?.empty === true)) continue
    kept.push(row)
    values.push(rowValues)
  }
  return { rows: kept, values, skipped: rows.length - kept.length }
}
