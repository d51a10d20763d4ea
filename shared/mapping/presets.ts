import { z } from 'zod'
import type { ResolvedMapping } from './cliMapping'
import { cliMappingSchema, fromCliMapping, toCliMapping } from './cliMapping'
import type { Mapping, Provider } from './mapping'
import { providerSchema } from './mapping'
import { normalizeHeader } from './text'

/** A saved mapping, per provider, keyed by the header set of the file it was made for. */
export const mappingPresetSchema = z.object({
  name: z.string().min(1),
  provider: providerSchema,
  headerSignature: z.string(),
  /** Columns by header name, so the preset survives re-ordered columns. */
  mapping: cliMappingSchema
})
export type MappingPreset = z.infer<typeof mappingPresetSchema>

/** Order-insensitive, accent/case-insensitive identity of a header row (blank headers ignored). */
export function headerSignature(columns: readonly string[]): string {
  const names = columns.map(normalizeHeader).filter((name) => name !== '')
  return [...new Set(names)].sort().join('|')
}

export function makePreset(
  name: string,
  mapping: Mapping,
  columns: readonly string[]
): MappingPreset {
  return {
    name,
    provider: mapping.provider,
    headerSignature: headerSignature(columns),
    mapping: toCliMapping(mapping, columns)
  }
}

/** The preset to apply at once: same provider and header set; the latest saved wins. */
export function findPresetFor(
  columns: readonly string[],
  presets: readonly MappingPreset[],
  provider: Provider
): MappingPreset | null {
  const signature = headerSignature(columns)
  const matching = presets.filter((p) => p.provider === provider && p.headerSignature === signature)
  return matching[matching.length - 1] ?? null
}

/** The preset's mapping with columns re-resolved by header name in this file. */
export function applyPreset(preset: MappingPreset, columns: readonly string[]): ResolvedMapping {
  return fromCliMapping(preset.mapping, columns, preset.provider)
}

/** Saving under an existing name (same provider) replaces it; the saved one goes last. */
export function upsertPreset(
  presets: readonly MappingPreset[],
  preset: MappingPreset
): MappingPreset[] {
  const others = presets.filter((p) => !(p.provider === preset.provider && p.name === preset.name))
  return [...others, preset]
}
