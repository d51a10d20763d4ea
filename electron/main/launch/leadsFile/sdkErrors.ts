import {
  classifyS3Refusal,
  LeadsFileHostError,
  scrub,
  type LeadsFileErrorCode,
  type LeadsFileOperation
} from './errors'

/**
 * AWS SDK v3 exceptions (and fetch failures) → LeadsFileHostError. An S3 refusal has
 * `$metadata.httpStatusCode` and `name` = S3's `<Code>`; a HEAD refusal has no body, so its
 * name is the status' (`NotFound`, `Forbidden`); a request that got no answer has no status.
 */

interface SdkErrorShape {
  name?: unknown
  message?: unknown
  code?: unknown
  Code?: unknown
  $metadata?: { httpStatusCode?: unknown }
}

function shape(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? (error as SdkErrorShape) : {}
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

const SUMMARY: Record<LeadsFileErrorCode, string> = {
  auth: 'the host refused the credentials or the bucket',
  no_bucket: 'the bucket does not exist',
  region: 'the bucket is in another region',
  network: 'no answer from the host',
  server: 'the host failed',
  expired: 'the presigned URL has expired',
  clock_skew: "this computer's clock is too far from the host's",
  expiry_too_long: 'presigned URLs last at most 7 days',
  invalid_expiry: 'the expiry must be positive',
  invalid_key: 'invalid object key',
  insecure_endpoint: 'the endpoint must be https',
  invalid_endpoint: 'invalid endpoint',
  no_credentials: 'no S3 credentials',
  mismatch: 'the file downloaded differs from the file uploaded',
  rejected: 'the host refused the request'
}

export function leadsFileError(
  operation: LeadsFileOperation,
  status: number | undefined,
  s3Code: string | undefined,
  serverMessage: string,
  secret: string
): LeadsFileHostError {
  const code = classifyS3Refusal(status, s3Code, serverMessage)
  const detail = [s3Code, status !== undefined ? `HTTP ${status}` : undefined]
    .filter(Boolean)
    .join(', ')
  const said = scrub(serverMessage, secret)
  return new LeadsFileHostError({
    code,
    operation,
    message: `S3 ${operation}: ${SUMMARY[code]}${detail ? ` (${detail})` : ''}${said ? `: ${said}` : ''}`,
    ...(status !== undefined ? { status } : {}),
    ...(s3Code !== undefined ? { s3Code } : {})
  })
}

export function fromSdkError(
  error: unknown,
  operation: LeadsFileOperation,
  secret: string
): LeadsFileHostError {
  if (error instanceof LeadsFileHostError) return error
  const e = shape(error)
  const status =
    typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined
  if (status === undefined) {
    // No answer: the Node error code (ECONNREFUSED, ENOTFOUND…) or the SDK's TimeoutError.
    const reason = text(e.code) ?? text(e.name) ?? 'unknown'
    return leadsFileError(operation, undefined, undefined, reason, secret)
  }
  const s3Code = text(e.Code) ?? text(e.name)
  return leadsFileError(operation, status, s3Code, text(e.message) ?? '', secret)
}

/** An S3 XML error body (`<Code>…</Code><Message>…</Message>`), as fetch returns it. */
export function parseS3ErrorXml(body: string): { code?: string; message: string } {
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1]
  const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1] ?? ''
  return code !== undefined ? { code, message } : { message }
}
