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
