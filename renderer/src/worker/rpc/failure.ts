import type { z } from 'zod'
import { isImportError, type ImportErrorCode } from '../../../../shared/import/errors'

/**
 * Why a worker call failed, as the page receives it: an import error keeps its code and params
 * (the UI words them), anything else is `internal_error`; `invalid_request` is a request its
 * schema refused (a bug in the page, named by field).
 */
export interface WorkerFailure {
  code: ImportErrorCode | 'internal_error' | 'invalid_request'
  params: Record<string, string | number>
  message: string
}

export class WorkerError extends Error {
  constructor(readonly failure: WorkerFailure) {
    super(failure.message)
    this.name = 'WorkerError'
  }
}

export const canceledFailure = (): WorkerFailure => ({
  code: 'canceled',
  params: {},
  message: 'canceled'
})

export function toFailure(error: unknown): WorkerFailure {
  if (isImportError(error))
    return { code: error.code, params: error.params, message: error.message }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal_error', params: {}, message }
}

/** The paths of a zod error, never its values (a response may hold what must not leak). */
export function issuePaths(error: z.ZodError): string {
  return error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ')
}

export function invalidRequest(name: string, error: z.ZodError): WorkerFailure {
  const fields = issuePaths(error)
  const detail = error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
  return {
    code: 'invalid_request',
    params: { call: name, fields },
    message: `invalid ${name} request: ${detail.join('; ')}`
  }
}

export function invalidResponse(name: string, error: z.ZodError): WorkerFailure {
  return {
    code: 'internal_error',
    params: {},
    message: `the ${name} answer broke its schema at ${issuePaths(error)}`
  }
}
