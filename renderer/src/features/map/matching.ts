import type { Transform } from '../../../../shared/mapping'
import { KNOWN_FIELDS, autoMatch, suggestVariableKey } from '../../../../shared/mapping'
import type { MapColumn } from '../../worker/map/mapProtocol'
import type { TableSummary } from '../../worker/protocol'
import type { DraftMapping, DraftVariable } from './draft'
import { newVariableId } from './draft'

/** A header that looks like a known field without being an exact synonym: one click applies it. */
export interface Suggestion {
  id: string
  field: string
  target: 'phone' | 'ddd' | 'name' | 'variable'
  column: number
  /** 0.5 … 0.95. */
  confidence: number
  /** The variable it becomes (name and the other fields). */
  key: string
  transform: Transform | null
}

/** The transform a known field's variable starts with. */
const FIELD_TRANSFORMS: Readonly<Record<string, Transform>> = {
  name: 'firstName',
  date: 'date_br',
  amount: 'money_brl'
}

const targetOf = (field: string): Suggestion['target'] =>
  field === 'phone' || field === 'ddd' || field === 'name' ? field : 'variable'

function suggestedKey(field: string): string {
  return KNOWN_FIELDS.find((known) => known.id === field)?.suggestedKey ?? field
}

/**
 * The mapping the step opens with: exact (100%) matches applied — phone, DDD, name, and one
 * variable per other known field — and the import's own phone choice when no header is exact.
 */
export function initialDraft(
  columns: readonly MapColumn[],
  table: TableSummary
): Omit<DraftMapping, 'provider'> {
  const result = autoMatch(columns.map((column) => column.header))
  const exact = result.fields.filter((f) => f.confidence === 1 && f.column !== null)
  const columnOf = (field: string): number | null =>
    exact.find((f) => f.field === field)?.column ?? null
  const exactPhone = columnOf('phone')
  const phone = exactPhone ?? table.phoneColumn
  const ddd = exactPhone !== null ? columnOf('ddd') : table.dddColumn
  const keys: string[] = []
  const variables: DraftVariable[] = exact
    .filter((f) => f.field !== 'phone' && f.field !== 'ddd')
    .sort((a, b) => (a.column ?? 0) - (b.column ?? 0))
    .map((f) => {
      const key = suggestVariableKey(suggestedKey(f.field), keys)
      keys.push(key)
      return {
        id: newVariableId(),
        key,
        column: f.column ?? 0,
        transform: FIELD_TRANSFORMS[f.field] ?? null,
        empty: { kind: 'default', value: '' }
      }
    })
  return { phone, ddd, name: columnOf('name'), variables }
}

/** Fuzzy matches not yet reflected in the mapping, best first. */
export function suggestionsFor(
  columns: readonly MapColumn[],
  draft: Omit<DraftMapping, 'provider'>
): Suggestion[] {
  const result = autoMatch(columns.map((column) => column.header))
  const usedByVariable = new Set(draft.variables.map((v) => v.column))
  return result.fields
    .flatMap((f): Suggestion[] => {
      if (f.column === null || f.confidence >= 1) return []
      const target = targetOf(f.field)
      const current = target === 'phone' ? draft.phone : target === 'ddd' ? draft.ddd : null
      if ((target === 'phone' || target === 'ddd') && current === f.column) return []
      if ((target === 'name' || target === 'variable') && usedByVariable.has(f.column)) return []
      if (target === 'name' && draft.name === f.column) return []
      return [
        {
          id: `${f.field}:${f.column}`,
          field: f.field,
          target,
          column: f.column,
          confidence: f.confidence,
          key: suggestedKey(f.field),
          transform: FIELD_TRANSFORMS[f.field] ?? null
        }
      ]
    })
    .sort((a, b) => b.confidence - a.confidence)
}
