import { isImportError } from '../../../shared/import/errors'
import type { IpcErrorCode } from '../../../shared/ipc/result'
import { HandlerError } from '../ipc/errors'
import {
  DECRYPT_TIMEOUT_MS,
  decryptInWorker,
  DecryptStoppedError,
  type DecryptOptions
} from './decryptInWorker'

const IMPORT_TO_IPC: Partial<Record<string, IpcErrorCode>> = {
  wrong_password: 'wrong_password',
  password_required: 'wrong_password',
  encryption_too_costly: 'encryption_too_costly'
}

export interface WorkbookDecrypter {
  (bytes: Uint8Array, password: string): Promise<Uint8Array>
  /** The user's "Cancelar": terminates the worker of the decrypt running now, if any. */
  cancel(): boolean
}

/**
 * `files:decrypt-workbook`: decrypts in a worker thread; a newer request (the user typed the
 * password again) or `cancel()` (`files:decrypt-cancel`) stops the one still running.
 * Failures become codes the page translates, with the values its text shows (spinCount, limit,
 * seconds) as params.
 */
export function createWorkbookDecrypter(
  options: Omit<DecryptOptions, 'signal'> = {}
): WorkbookDecrypter {
  let running: AbortController | null = null
  const timeoutMs = options.timeoutMs ?? DECRYPT_TIMEOUT_MS
  const decrypt = async (bytes: Uint8Array, password: string): Promise<Uint8Array> => {
    running?.abort()
    const mine = new AbortController()
    running = mine
    try {
      return await decryptInWorker(bytes, password, { ...options, signal: mine.signal })
    } catch (error) {
      if (error instanceof DecryptStoppedError) {
        if (error.reason === 'canceled') throw new HandlerError('canceled')
        throw new HandlerError('decrypt_timeout', undefined, {
          seconds: Math.max(1, Math.round(timeoutMs / 1000))
        })
      }
      if (isImportError(error)) {
        const code = IMPORT_TO_IPC[error.code] ?? 'damaged_file'
        throw new HandlerError(
          code,
          undefined,
          code === 'encryption_too_costly' ? error.params : undefined
        )
      }
      throw error
    } finally {
      if (running === mine) running = null
    }
  }
  return Object.assign(decrypt, {
    cancel(): boolean {
      if (running === null) return false
      running.abort()
      running = null
      return true
    }
  })
}
