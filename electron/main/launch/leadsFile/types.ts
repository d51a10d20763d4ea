import type { LeadsFileTarget } from '../../../../shared/launch/types'
import type { LeadsFileErrorInfo } from './errors'

export type S3LeadsFileTarget = Extract<LeadsFileTarget, { host: 's3' }>
export type SelfLeadsFileTarget = Extract<LeadsFileTarget, { host: 'self' }>

export interface S3Credentials {
  accessKeyId: string
  secretAccessKey: string
}

/** Where the leads file is once hosted: what the journal keeps and Kinbox downloads. */
export interface HostedLeadsFile {
  /** The S3 object key, or the path written for "hospedo eu mesmo". */
  key: string
  /** `leadsAssetUrl`: a presigned GET URL, or the user's own URL. */
  url: string
  /** ISO 8601 (UTC) when the URL stops working; null for the user's own URL. */
  expiresAt: string | null
}

/** What the launch runner calls, whichever host the user chose. */
export interface LeadsFileHost {
  readonly host: LeadsFileTarget['host']
  upload(key: string, bytes: Uint8Array, contentType: string): Promise<HostedLeadsFile>
  /** A fresh URL for a file already uploaded (a resume whose URL expired), no re-upload. */
  urlFor(key: string): Promise<HostedLeadsFile>
  remove(key: string): Promise<void>
}

export type ConnectionStep = 'upload' | 'download' | 'compare'

/** "Testar conexão": plain data for IPC and `--json`. */
export type LeadsFileConnectionResult =
  | { ok: true; bucket: string; cleanedUp: boolean }
  | {
      ok: false
      bucket: string
      step: ConnectionStep
      error: LeadsFileErrorInfo
      cleanedUp: boolean
    }

export interface S3LeadsFileHost extends LeadsFileHost {
  readonly host: 's3'
  testConnection(): Promise<LeadsFileConnectionResult>
}
