import { isImportError } from '../../../shared/import/errors'
import type { IpcErrorCode } from '../../../shared/ipc/result'
import { HandlerError } from '../ipc/errors'
import { decryptInWorker, DecryptStoppedError, type DecryptOptions } from './decryptInWorker'

const IMPORT_TO_IPC: Partial<Record<string, IpcErrorCode>> = {
  wrong_password: 'wrong_password',
  password_required: 'wrong_password',
  encryption_too_costly: 'encryption_too_costly'
}

/**
 * `files:decrypt-workbook`: decrypts in a worker thread; a newer request (the user typed the
 * password again) cancels the one still running. Failures become codes the page translates.
 */
export function createWorkbookDecrypter(options: Omit<DecryptOptions, 'signal'> = {}) {
  let running: AbortController | null = null
  return async (bytes: Uint8Array, password: string): Promise<Uint8Array> => {
    running?.abort()
    const mine = new AbortController()
    running = mine
    try {
      return await decryptInWorker(bytes, password, { ...options, signal: mine.signal })
    } catch (error) {
      if (error instanceof DecryptStoppedError)
        throw new HandlerError(error.reason === 'timeout' ? 'decrypt_timeout' : 'canceled')
      if (isImportError(error)) throw new HandlerError(IMPORT_TO_IPC[error.code] ?? 'damaged_file')
      throw error
    } finally {
      if (running === mine) running = null
    }
  }
}
