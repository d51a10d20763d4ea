import type { z } from 'zod'
import type { MappingPreset, Provider } from '../../../../shared/mapping'
import { mappingPresetSchema } from '../../../../shared/mapping'
import { PresetMapping } from '../../../../shared/ipc/pagePayloads'
import type { StoredPreset } from '../../../../shared/ipc/schemas'

/**
 * A preset as stored by main (which checks the same schema on save): the mapping by header
 * names, plus the texts written for it, so that next week's file comes back with its message too.
 */
const storedPresetSchema = mappingPresetSchema.extend({ mapping: PresetMapping })

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
): {
  name: string
  provider: Provider
  headerSignature: string
  mapping: z.input<typeof PresetMapping>
} {
  return { ...preset, mapping: { ...preset.mapping, ...texts } }
}
