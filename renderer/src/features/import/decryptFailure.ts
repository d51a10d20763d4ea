import { ApiError } from '../../api/client'
import type { WorkerFailure } from '../../worker/rpc/failure'

/**
 * Why a protected workbook did not open, as the import notice shows it. Each refusal main can
 * give has its own text (importErrorMessage), filled with the values main sent (the file's
 * spinCount and the limit, the timeout in seconds); only the unexpected is `internal_error`.
 * `wrong_password` is not here: the prompt stays open and says so.
 */
const OWN_TEXT = {
  damaged_file: 'damaged_file',
  encryption_too_costly: 'encryption_too_costly',
  decrypt_timeout: 'decrypt_timeout',
  canceled: 'canceled'
} as const

export function decryptFailure(error: unknown): WorkerFailure {
  if (error instanceof ApiError && Object.hasOwn(OWN_TEXT, error.code)) {
    const code = OWN_TEXT[error.code as keyof typeof OWN_TEXT]
    return { code, params: error.params, message: String(error) }
  }
  return { code: 'internal_error', params: {}, message: String(error) }
}
