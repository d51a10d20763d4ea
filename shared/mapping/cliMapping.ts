import { z } from 'zod'
import { columnName, findColumn } from './columns'
import type { EmptyValue, Mapping, Provider, VariableMapping } from './mapping'
import { variableKeySchema } from './mapping'
import { transformSchema } from './transforms'

/**
 * cli.md's `launch` config `mapping`: columns by header name, variables as an ordered object.
 * Extensions (optional, not yet in cli.md): `ddd`, and per variable `default` / `omitIfEmpty` /
 * `skipRowIfEmpty` (at most one of the three).
 * Presets store this same shape, so that they survive a re-ordered file.
 */
export const cliVariableSchema = z
  .object({
    column: z.string().min(1),
    transform: transformSchema.optional(),
    default: z.string().optional(),
    omitIfEmpty: z.boolean().optional(),
    skipRowIfEmpty: z.boolean().optional()
  })
  .refine(
    (v) =>
      [v.default !== undefined, v.omitIfEmpty === true, v.skipRowIfEmpty === true].filter(Boolean)
        .length <= 1,
    { message: 'default, omitIfEmpty and skipRowIfEmpty exclude each other' }
  )
export type CliVariable = z.infer<typeof cliVariableSchema>

export const cliMappingSchema = z.object({
  phone: z.string().min(1),
  ddd: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  variables: z.record(variableKeySchema, cliVariableSchema).default({})
})
export type CliMapping = z.infer<typeof cliMappingSchema>

export function toCliMapping(mapping: Mapping, columns: readonly string[]): CliMapping {
  const variables: Record<string, CliVariable> = {}
  for (const variable of mapping.variables)
    variables[variable.key] = toCliVariable(variable, columns)
  return {
    phone: columnName(mapping.phone.column, columns),
    ...(mapping.phone.dddColumn !== undefined && {
      ddd: columnName(mapping.phone.dddColumn, columns)
    }),
    ...(mapping.name && { name: columnName(mapping.name.column, columns) }),
    variables
  }
}

function toCliVariable(variable: VariableMapping, columns: readonly string[]): CliVariable {
  const { empty, transform } = variable
  return {
    column: columnName(variable.column, columns),
    ...(transform && { transform }),
    ...cliEmptyRule(empty)
  }
}

function cliEmptyRule(empty: EmptyValue): Partial<CliVariable> {
  if (empty.kind === 'omit') return { omitIfEmpty: true }
  if (empty.kind === 'skipRow') return { skipRowIfEmpty: true }
  return empty.value === '' ? {} : { default: empty.value }
}

export interface ResolvedMapping {
  /** null when the phone column is missing: nothing can be sent without it. */
  mapping: Mapping | null
  /** Headers named by the config that this file lacks; their fields/variables are left out. */
  missingColumns: string[]
}

/** Resolves header names against `columns` (see `findColumn`). */
export function fromCliMapping(
  cli: CliMapping,
  columns: readonly string[],
  provider: Provider
): ResolvedMapping {
  const missingColumns: string[] = []
  const resolve = (header: string): number | undefined => {
    const index = findColumn(header, columns)
    if (index === null) missingColumns.push(header)
    return index ?? undefined
  }
  const phone = resolve(cli.phone)
  const ddd = cli.ddd === undefined ? undefined : resolve(cli.ddd)
  const name = cli.name === undefined ? undefined : resolve(cli.name)
  const variables: VariableMapping[] = []
  for (const [key, variable] of Object.entries(cli.variables)) {
    const column = resolve(variable.column)
    if (column === undefined) continue
    const transform = variable.transform
    variables.push({ key, column, ...(transform && { transform }), empty: emptyValueOf(variable) })
  }
  if (phone === undefined) return { mapping: null, missingColumns }
  const mapping: Mapping = {
    provider,
    phone: { column: phone, ...(ddd !== undefined && { dddColumn: ddd }) },
    ...(name !== undefined && { name: { column: name } }),
    variables
  }
  return { mapping, missingColumns }
}

/** A CLI/preset variable's empty-cell rule; no flag means "send ''". */
export function emptyValueOf(variable: CliVariable): EmptyValue {
  if (variable.omitIfEmpty === true) return { kind: 'omit' }
  if (variable.skipRowIfEmpty === true) return { kind: 'skipRow' }
  return { kind: 'default', value: variable.default ?? '' }
}
