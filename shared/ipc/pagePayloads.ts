import { z } from 'zod'
import { cliMappingSchema } from '../mapping/cliMapping'
import { FileBytes } from './schemas'

/**
 * Limits on what a page may hand main: a compromised page must not make main hold gigabytes.
 * Bytes are capped at the import size limit (shared/import readLeadFile.ts MAX_FILE_BYTES;
 * test/unit/security checks they agree), a preset's mapping at a generous JSON size.
 */
export const MAX_PAGE_BYTES = 200 * 1024 * 1024
export const MAX_PRESET_MAPPING_CHARS = 200_000

export const PageBytes = FileBytes.refine((bytes) => bytes.byteLength <= MAX_PAGE_BYTES, {
  message: 'too_large'
})

/** A preset's mapping as the Mapear screen stores it: cli.md's mapping plus its texts. */
export const PresetMapping = cliMappingSchema
  .extend({
    message: z.string().max(20_000).optional(),
    voicemail: z.string().max(2_000).optional()
  })
  .refine((mapping) => JSON.stringify(mapping).length <= MAX_PRESET_MAPPING_CHARS, {
    message: 'too_large'
  })
