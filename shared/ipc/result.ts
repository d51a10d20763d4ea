/**
 * Every IPC call answers with a value, never a thrown error: Electron flattens errors thrown
 * across `invoke` into a string, and the renderer needs a code it can translate.
 */
export type IpcErrorCode =
  | 'invalid_request'
  | 'forbidden_sender'
  | 'unknown_channel'
  | 'keychain_unavailable'
  | 'not_found'
  | 'file_unreadable'
  | 'file_too_large'
  | 'wrong_password'
  | 'damaged_file'
  | 'launch_locked'
  | 'disk_full'
  | 'folder_read_only'
  | 'encryption_too_costly'
  | 'decrypt_timeout'
  | 'canceled'
  | 'blocklist_needs_review'
  | 'sample_file_real_launch'
  | 'keychain_locked'
  | 'keychain_no_service'
  | 'keychain_denied'
  | 'keychain_windows_error'
  | 'draft_not_found'
  | 'draft_damaged'
  | 'draft_source_missing'
  | 'draft_source_damaged'
  | 'draft_launched'
  | 'internal_error'

export interface IpcFailure {
  code: IpcErrorCode
  /** Developer-facing detail (never a secret); the UI shows a translated text for `code`. */
  detail?: string
  /** Values the translated text needs (a limit, a count): numbers and short strings only. */
  params?: IpcErrorParams
}

export type IpcErrorParams = Record<string, string | number>

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcFailure }

export const ipcOk = <T>(data: T): IpcResult<T> => ({ ok: true, data })
export const ipcFail = (
  code: IpcErrorCode,
  detail?: string,
  params?: IpcErrorParams
): IpcResult<never> => ({
  ok: false,
  error: {
    code,
    ...(detail !== undefined && { detail }),
    ...(params !== undefined && { params })
  }
})
