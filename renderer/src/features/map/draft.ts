import type {
  EmptyValue,
  Mapping,
  Provider,
  Transform,
  VariableKeyError
} from '../../../../shared/mapping'
import { validateVariableKey } from '../../../../shared/mapping'

/** A variable as the user edits it: the key may be invalid and the column still unchosen. */
export interface DraftVariable {
  id: number
  key: string
  column: number | null
  transform: Transform | null
  empty: EmptyValue
}

export interface DraftMapping {
  provider: Provider
  phone: number | null
  ddd: number | null
  name: number | null
  variables: DraftVariable[]
}

let nextId = 1
export function newVariableId(): number {
  return nextId++
}

/** Each variable's key problems, live (pattern, length, duplicates among the others). */
export function keyErrors(variables: readonly DraftVariable[]): Map<number, VariableKeyError[]> {
  const out = new Map<number, VariableKeyError[]>()
  for (const variable of variables) {
    const others = variables.filter((v) => v.id !== variable.id).map((v) => v.key)
    out.set(variable.id, validateVariableKey(variable.key, others))
  }
  return out
}

/** A draft variable that can be sent: valid key and a column. */
export function isComplete(variable: DraftVariable, errors: readonly VariableKeyError[]): boolean {
  return variable.column !== null && errors.length === 0
}

/**
 * The mapping to send, made of the complete variables only (the incomplete ones block going on);
 * null without a phone column.
 */
export function toMapping(draft: DraftMapping): Mapping | null {
  if (draft.phone === null) return null
  const errors = keyErrors(draft.variables)
  const variables = draft.variables.flatMap((variable) => {
    const column = variable.column
    if (column === null || !isComplete(variable, errors.get(variable.id) ?? [])) return []
    const { key, transform, empty } = variable
    return [{ key, column, ...(transform !== null && { transform }), empty }]
  })
  return {
    provider: draft.provider,
    phone: { column: draft.phone, ...(draft.ddd !== null && { dddColumn: draft.ddd }) },
    ...(draft.name !== null && { name: { column: draft.name } }),
    variables
  }
}

export function fromMapping(mapping: Mapping): Omit<DraftMapping, 'provider'> {
  return {
    phone: mapping.phone.column,
    ddd: mapping.phone.dddColumn ?? null,
    name: mapping.name?.column ?? null,
    variables: mapping.variables.map((variable) => ({
      id: newVariableId(),
      key: variable.key,
      column: variable.column,
      transform: variable.transform ?? null,
      empty: variable.empty
    }))
  }
}
