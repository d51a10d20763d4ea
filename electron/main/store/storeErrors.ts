import { HandlerError } from '../ipc/errors'

const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM'])

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined

/**
 * A full disk and a folder that cannot be written get their own codes (the page explains what
 * to do); any other failure stays as it is.
 */
export function storeWriteError(error: unknown): unknown {
  const code = codeOf(error)
  if (code === 'ENOSPC') return new HandlerError('disk_full', code)
  if (code !== undefined && READ_ONLY.has(code)) return new HandlerError('folder_read_only', code)
  return error
}

export const isMissingFile = (error: unknown): boolean => codeOf(error) === 'ENOENT'
