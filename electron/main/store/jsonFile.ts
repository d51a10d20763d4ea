import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { writeFileAtomic } from '../platform/atomicWrite'

/** One JSON document on disk, validated on read (a damaged file reads as the fallback). */
export function jsonFile<T>(path: string, schema: z.ZodType<T>, fallback: () => T) {
  return {
    async read(): Promise<T> {
      try {
        const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')))
        return parsed.success ? parsed.data : fallback()
      } catch {
        return fallback()
      }
    },
    write: (value: T): Promise<void> => writeFileAtomic(path, JSON.stringify(value, null, 2))
  }
}
