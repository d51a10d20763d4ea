import { z } from 'zod'
import type { MappingPreset, Provider } from '../../../../shared/mapping'
import { cliMappingSchema, mappingPresetSchema } from '../../../../shared/mapping'
import type { StoredPreset } from '../../../../shared/ipc/schemas'

/**
 * A preset as stored by main (`mapping` is opaque there): the mapping by header names, plus the
 * texts written for it, so that next week's file comes back with its message too.
 */
const storedMappingSchema = cliMappingSchema.extend({
  message: z.string().max(20_000).optional(),
  voicemail: z.string().max(2_000).optional()
})
const storedPresetSchema = mappingPresetSchema.extend({ mapping: storedMappingSchema })

export type SavedPreset = z.infer<typeof storedPresetSchema>

/** Presets main returned; one that no longer parses (an older shape) is left out. */
export function parsePresets(stored: readonly StoredPreset[]): SavedPreset[] {
  return stored.flatMap((preset) => {
    const parsed = storedPresetSchema.safeParse(preset)
    return parsed.success ? [parsed.data] : []
  })
}

export function toStored(
  preset: MappingPreset,
  texts: { message?: string; voicemail?: string }
): { name: string; provider: Provider; headerSignature: string; mapping: unknown } {
  return { ...preset, mapping: { ...preset.mapping, ...texts } }
}
