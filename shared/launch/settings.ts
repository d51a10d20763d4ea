import type { z } from 'zod'
import { ID_FIELDS, type LaunchProblem } from './problems'
import type { LaunchProvider } from './types'

/**
 * Parses one provider's settings with its schema (defaults applied), turning zod issues into
 * typed problems: a bad id is `invalid_id`, anything else `invalid_settings`.
 */
export function parseSettings<S extends z.ZodType>(
  schema: S,
  provider: LaunchProvider,
  raw: unknown
): { ok: true; settings: z.output<S> } | { ok: false; problems: LaunchProblem[] } {
  if (raw === undefined) return { ok: false, problems: [{ code: 'missing_settings', provider }] }
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { ok: true, settings: parsed.data }
  const problems = parsed.error.issues.map((issue): LaunchProblem => {
    const field = issue.path.map(String).join('.')
    return ID_FIELDS.has(field)
      ? { code: 'invalid_id', provider, field }
      : { code: 'invalid_settings', provider, field, message: issue.message }
  })
  return { ok: false, problems }
}

/** The first few issues of a body that failed its schema, as `invalid_body` problems. */
export function bodyProblems(part: number, error: z.ZodError, max = 5): LaunchProblem[] {
  return error.issues.slice(0, max).map((issue) => ({
    code: 'invalid_body',
    part,
    field: issue.path.map(String).join('.'),
    message: issue.message
  }))
}
