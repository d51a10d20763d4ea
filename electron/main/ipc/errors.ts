import type { IpcErrorCode, IpcFailure } from '../../../shared/ipc/result'
import { log } from '../log'

/** An error a handler throws on purpose, with a code the renderer translates. */
export class HandlerError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    detail?: string
  ) {
    super(detail ?? code)
  }
}

export function toIpcFailure(error: unknown): IpcFailure {
  if (error instanceof HandlerError) return { code: error.code, detail: error.message }
  // Unknown errors: no message crosses to the renderer (it could carry anything); the
  // redacting log keeps it for support.
  log.error('[ipc] handler failed:', error)
  return { code: 'internal_error' }
}
