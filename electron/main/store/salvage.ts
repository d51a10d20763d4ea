import type { z } from 'zod'

/** What a store could keep from a file, entry by entry. */
export interface Salvaged<T> {
  value: T
  kept: number
  dropped: number
}

/** Each array element checked on its own: one bad entry costs that entry, not the list. */
export function salvageArray<T>(schema: z.ZodType<T>, data: unknown): Salvaged<T[]> {
  if (!Array.isArray(data)) return { value: [], kept: 0, dropped: data === undefined ? 0 : 1 }
  const value: T[] = []
  for (const item of data) {
    const parsed = schema.safeParse(item)
    if (parsed.success) value.push(parsed.data)
  }
  return { value, kept: value.length, dropped: data.length - value.length }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** How many plain values (strings, numbers, booleans, nulls) a parsed value holds. */
function leaves(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + leaves(v), 0)
  if (isRecord(value)) return Object.values(value).reduce<number>((n, v) => n + leaves(v), 0)
  return 1
}

/**
 * A nested settings object checked field by field: a valid field is kept, a bad one falls back
 * to its default alone (`kept`/`dropped` count plain fields). A missing field takes its default
 * and an unknown one is ignored, as settings do; a rule across fields that the kept values
 * break (a TTS voicemail without its text) costs that object, not the file.
 */
export function salvageObject<T>(schema: z.ZodType<T>, data: unknown, fallback: T): Salvaged<T> {
  const whole = schema.safeParse(data)
  if (whole.success) return { value: whole.data, kept: leaves(whole.data), dropped: 0 }
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape
  if (shape === undefined || !isRecord(data) || !isRecord(fallback))
    return { value: fallback, kept: 0, dropped: data === undefined ? 0 : Math.max(1, leaves(data)) }
  const value: Record<string, unknown> = {}
  let kept = 0
  let dropped = 0
  for (const [key, field] of Object.entries(shape)) {
    const part = salvageObject(field, data[key], fallback[key])
    value[key] = part.value
    kept += part.kept
    dropped += part.dropped
  }
  const checked = schema.safeParse(value)
  if (checked.success) return { value: checked.data, kept, dropped }
  return { value: fallback, kept: 0, dropped: kept + dropped }
}
