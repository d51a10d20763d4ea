import type { IpcErrorCode, IpcErrorParams, IpcFailure } from '../../../shared/ipc/result'
import { log } from '../log'

/** An error a handler throws on purpose, with a code the renderer translates. */
export class HandlerError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    detail?: string,
    /** Values the page's text for `code` fills in (a limit, a count); never a secret or a path. */
    readonly params?: IpcErrorParams
  ) {
    super(detail ?? code)
  }
}

export function toIpcFailure(error: unknown): IpcFailure {
  if (error instanceof HandlerError)
    return {
      code: error.code,
      detail: error.message,
      ...(error.params !== undefined && { params: error.params })
    }
  // Unknown errors: no message crosses to the renderer (it could carry anything); the
  // redacting log keeps it for support.
  log.error('[ipc] handler failed:', error)
  return { code: 'internal_error' }
}
