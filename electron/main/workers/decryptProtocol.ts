import type { ImportErrorCode, ImportErrorParams } from '../../../shared/import/errors'

/** What the decrypt worker gets (as workerData) and what it posts back, once. */
export interface DecryptRequest {
  bytes: Uint8Array
  password: string
}

export type DecryptReply =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; code: ImportErrorCode; params: ImportErrorParams }
  | { ok: false; code: 'crashed'; message: string }
