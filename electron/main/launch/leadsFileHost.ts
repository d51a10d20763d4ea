import type { LeadsFileTarget } from '../../../shared/launch/types'
import { LeadsFileHostError } from './leadsFile/errors'
import { createS3LeadsFileHost, type S3LeadsFileHostOptions } from './leadsFile/s3Host'
import { createSelfLeadsFileHost } from './leadsFile/selfHost'
import type { LeadsFileHost, S3Credentials } from './leadsFile/types'

/**
 * The one module that hosts the Kinbox leads file: an S3-compatible bucket (presigned GET
 * URL, ≤ 7 days) or "hospedo eu mesmo" (a file written where the user says, the user's URL
 * sent). The launch runner calls `host.upload(key, bytes, contentType)` and keeps the
 * returned `{ key, url, expiresAt }` in its journal.
 */

export type {
  ConnectionStep,
  HostedLeadsFile,
  LeadsFileConnectionResult,
  LeadsFileHost,
  S3Credentials,
  S3LeadsFileHost,
  S3LeadsFileTarget,
  SelfLeadsFileTarget
} from './leadsFile/types'
export {
  LEADS_FILE_ERROR_CODES,
  LeadsFileHostError,
  isLeadsFileHostError,
  type LeadsFileErrorCode,
  type LeadsFileErrorInfo,
  type LeadsFileOperation
} from './leadsFile/errors'
export { leadsFileKey } from './leadsFile/key'
export {
  MAX_PRESIGNED_DAYS,
  createS3LeadsFileHost,
  presignSeconds,
  type S3LeadsFileHostOptions
} from './leadsFile/s3Host'
export { createSelfLeadsFileHost, type SelfLeadsFileHost } from './leadsFile/selfHost'

export interface LeadsFileHostDeps extends Omit<S3LeadsFileHostOptions, 'target' | 'credentials'> {
  /** Read at call time (keychain or env, see secrets/s3Credentials.ts); only for host 's3'. */
  credentials?: S3Credentials | null
}

/** The host for a target; S3 needs credentials, "hospedo eu mesmo" does not. */
export function createLeadsFileHost(
  target: LeadsFileTarget,
  deps: LeadsFileHostDeps = {}
): LeadsFileHost {
  if (target.host === 'self') return createSelfLeadsFileHost(target)
  const { credentials, ...rest } = deps
  if (!credentials) {
    throw new LeadsFileHostError({
      code: 'no_credentials',
      operation: 'config',
      message:
        'S3 credentials are not set (keychain or LEADPREP_S3_ACCESS_KEY_ID / LEADPREP_S3_SECRET_ACCESS_KEY)'
    })
  }
  return createS3LeadsFileHost({ target, credentials, ...rest })
}
