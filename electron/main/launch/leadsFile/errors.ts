/**
 * The one error the leads-file host throws, with a code the UI and the CLI translate
 * (pt-BR lives with them). It never carries the secret access key: messages are built
 * here from S3's code and status, and the server's text is scrubbed of the secret.
 */

export const LEADS_FILE_ERROR_CODES = [
  /** 403 InvalidAccessKeyId / SignatureDoesNotMatch / AccessDenied: credenciais ou bucket. */
  'auth',
  /** 404 NoSuchBucket. */
  'no_bucket',
  /** The bucket lives in another region than the one configured. */
  'region',
  /** No answer: DNS, refused, reset, timeout. */
  'network',
  /** 5xx from the host. */
  'server',
  /** A presigned URL past its expiry. */
  'expired',
  /** The laptop's clock is too far from the host's (RequestTimeTooSkewed). */
  'clock_skew',
  /** More than 7 days asked for a presigned URL (Signature V4's limit). */
  'expiry_too_long',
  /** Zero or negative expiry. */
  'invalid_expiry',
  /** An object key S3 would not take the same way everywhere (empty, "..", control chars). */
  'invalid_key',
  /** Plain http to a host that is not loopback, or a URL that is not http(s). */
  'insecure_endpoint',
  'invalid_endpoint',
  'no_credentials',
  /** testConnection: the file downloaded is not the file uploaded. */
  'mismatch',
  /** Any other refusal (4xx) from the host. */
  'rejected'
] as const
export type LeadsFileErrorCode = (typeof LEADS_FILE_ERROR_CODES)[number]

export type LeadsFileOperation = 'config' | 'upload' | 'presign' | 'download' | 'remove'

/** Plain data, for IPC, the journal and `--json`. */
export interface LeadsFileErrorInfo {
  code: LeadsFileErrorCode
  operation: LeadsFileOperation
  message: string
  status?: number
  /** S3's own error code (`SignatureDoesNotMatch`, `NoSuchBucket`…). */
  s3Code?: string
}

export class LeadsFileHostError extends Error {
  readonly code: LeadsFileErrorCode
  readonly operation: LeadsFileOperation
  readonly status?: number
  readonly s3Code?: string

  constructor(info: LeadsFileErrorInfo) {
    super(info.message)
    this.name = 'LeadsFileHostError'
    this.code = info.code
    this.operation = info.operation
    if (info.status !== undefined) this.status = info.status
    if (info.s3Code !== undefined) this.s3Code = info.s3Code
  }

  toInfo(): LeadsFileErrorInfo {
    return {
      code: this.code,
      operation: this.operation,
      message: this.message,
      ...(this.status !== undefined ? { status: this.status } : {}),
      ...(this.s3Code !== undefined ? { s3Code: this.s3Code } : {})
    }
  }

  toJSON(): LeadsFileErrorInfo & { name: string } {
    return { name: this.name, ...this.toInfo() }
  }
}

export function isLeadsFileHostError(error: unknown): error is LeadsFileHostError {
  return error instanceof LeadsFileHostError
}

const AUTH_CODES = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AccessDenied',
  'Forbidden',
  'InvalidToken',
  'ExpiredToken',
  'AllAccessDisabled',
  'AccountProblem'
])
const REGION_CODES = new Set([
  'PermanentRedirect',
  'AuthorizationHeaderMalformed',
  'AuthorizationQueryParametersError',
  'IllegalLocationConstraintException',
  'InvalidRegion',
  'Redirect',
  'TemporaryRedirect'
])

/** What S3 (or a compatible host) said, reduced to one of our codes. */
export function classifyS3Refusal(
  status: number | undefined,
  s3Code: string | undefined,
  serverMessage = ''
): LeadsFileErrorCode {
  if (status === undefined) return 'network'
  if (s3Code === 'AccessDenied' && /expired/i.test(serverMessage)) return 'expired'
  if (s3Code === 'RequestTimeTooSkewed') return 'clock_skew'
  if (s3Code === 'NoSuchBucket') return 'no_bucket'
  const regionWords = /region/i.test(serverMessage)
  if (s3Code !== undefined && REGION_CODES.has(s3Code) && (regionWords || status === 301)) {
    return 'region'
  }
  if (status === 301 || status === 307) return 'region'
  if ((s3Code !== undefined && AUTH_CODES.has(s3Code)) || status === 401 || status === 403) {
    return 'auth'
  }
  if (status >= 500) return 'server'
  return 'rejected'
}

/** The server's words without the secret (and bounded), for a message. */
export function scrub(text: string, secret: string | undefined): string {
  const bounded = text.replace(/\s+/g, ' ').trim().slice(0, 300)
  return secret && secret.length > 0 ? bounded.split(secret).join('[redacted]') : bounded
}
