import { z } from 'zod'
import { providerSchema } from '../providers/provider'
import { transformSchema } from './transforms'
import { VARIABLE_KEY_MAX_LENGTH, VARIABLE_KEY_PATTERN } from './variableKey'

export { providerSchema, type Provider } from '../providers/provider'

/** A column of `LeadTable.columns`, by index (headers may repeat; presets re-resolve by name). */
const columnIndex = z.number().int().nonnegative()

export const variableKeySchema = z
  .string()
  .min(1)
  .max(VARIABLE_KEY_MAX_LENGTH)
  .regex(VARIABLE_KEY_PATTERN)

/**
 * What an empty cell becomes: a fixed text, no key at all (Kinbox then writes ""), or "não
 * enviar a linha" (`skipRow`): the launch plan leaves the row out (`empty_required_variable`)
 * when the variable is required — used by the Kinbox message, or any Integra variable.
 */
export const emptyValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('default'), value: z.string() }),
  z.object({ kind: z.literal('omit') }),
  z.object({ kind: z.literal('skipRow') })
])
export type EmptyValue = z.infer<typeof emptyValueSchema>

export const variableMappingSchema = z.object({
  key: variableKeySchema,
  column: columnIndex,
  transform: transformSchema.optional(),
  empty: emptyValueSchema.default({ kind: 'default', value: '' })
})
export type VariableMapping = z.infer<typeof variableMappingSchema>

/** The Mapear step's result. `variables` is ordered: it is the Kinbox file's column order. */
export const mappingSchema = z
  .object({
    provider: providerSchema,
    phone: z.object({ column: columnIndex, dddColumn: columnIndex.optional() }),
    name: z.object({ column: columnIndex }).optional(),
    variables: z.array(variableMappingSchema)
  })
  .superRefine((mapping, ctx) => {
    const seen = new Set<string>()
    mapping.variables.forEach((variable, i) => {
      if (seen.has(variable.key)) {
        ctx.addIssue({ code: 'custom', path: ['variables', i, 'key'], message: 'duplicate' })
      }
      seen.add(variable.key)
    })
  })
export type Mapping = z.infer<typeof mappingSchema>
