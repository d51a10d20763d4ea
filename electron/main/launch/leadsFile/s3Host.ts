import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { registerSecret } from '../../log'
import {
  TLS_CHECKS_OFF_REFUSAL,
  tlsChecksTurnedOff,
  type TlsGuardOptions
} from '../../platform/tlsGuard'
import { checkS3Endpoint } from './endpoint'
import { LeadsFileHostError, type LeadsFileOperation } from './errors'
import { checkObjectKey } from './key'
import { fromSdkError } from './sdkErrors'
import { testS3Connection } from './testConnection'
import type { HostedLeadsFile, S3Credentials, S3LeadsFileHost, S3LeadsFileTarget } from './types'

/**
 * The leads file on an S3-compatible bucket (AWS S3, R2, MinIO, B2…) through the official
 * SDK v3; `leadsAssetUrl` is a presigned GET URL.
 *
 * Checksums: the client runs with `requestChecksumCalculation` and
 * `responseChecksumValidation` = 'WHEN_REQUIRED'. Since SDK 3.729 the default adds CRC32
 * headers (and aws-chunked bodies for streams) that several S3-compatible hosts reject; the
 * upload's integrity is still proven by the signed `x-amz-content-sha256` of the whole body,
 * which S3 checks, and the presigned URL then carries no `x-amz-checksum-mode` parameter.
 */

export const MAX_PRESIGNED_DAYS = 7
const SECONDS_PER_DAY = 24 * 60 * 60

export interface S3LeadsFileHostOptions {
  target: S3LeadsFileTarget
  credentials: S3Credentials
  /**
   * The clock (epoch ms) for signing and `expiresAt`; tests inject one. It seeds the SDK's
   * clock offset, which the SDK then corrects from the host's answers.
   */
  now?: () => number
  /** For testConnection's download (defaults to the global fetch). */
  fetch?: typeof fetch
  /** SDK attempts per request (retries on network errors and 5xx); default 3. */
  maxAttempts?: number
  /** Per-request timeout; default 120 s (connection: 10 s). */
  requestTimeoutMs?: number
  /** The TLS rule's inputs (platform/tlsGuard); tests inject them. */
  tls?: TlsGuardOptions
}

/** Seconds a presigned URL lives, or a typed refusal above Signature V4's 7 days. */
export function presignSeconds(expiresInDays: number): number {
  if (!(expiresInDays > 0)) {
    throw new LeadsFileHostError({
      code: 'invalid_expiry',
      operation: 'config',
      message: 'presigned URL expiry must be more than 0 days'
    })
  }
  if (expiresInDays > MAX_PRESIGNED_DAYS) {
    throw new LeadsFileHostError({
      code: 'expiry_too_long',
      operation: 'config',
      message: `presigned URLs (Signature V4) last at most ${MAX_PRESIGNED_DAYS} days; asked for ${expiresInDays}`
    })
  }
  return Math.round(expiresInDays * SECONDS_PER_DAY)
}

function checkCredentials(credentials: S3Credentials): void {
  if (credentials.accessKeyId.trim() === '' || credentials.secretAccessKey === '') {
    throw new LeadsFileHostError({
      code: 'no_credentials',
      operation: 'config',
      message: 'S3 access key id and secret access key are both required'
    })
  }
}

/** When S3 stops honouring a presigned URL: `X-Amz-Date` (to the second) + `X-Amz-Expires`. */
export function presignedExpiry(url: string): string {
  const params = new URL(url).searchParams
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(params.get('X-Amz-Date') ?? '')
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = (m ?? []).slice(1).map(Number)
  return new Date(
    Date.UTC(y, mo - 1, d, h, mi, s) + Number(params.get('X-Amz-Expires')) * 1000
  ).toISOString()
}

export function createS3LeadsFileHost(options: S3LeadsFileHostOptions): S3LeadsFileHost {
  const { target, credentials } = options
  const expiresIn = presignSeconds(target.expiresInDays)
  const endpoint = checkS3Endpoint(target.endpoint)
  checkCredentials(credentials)
  registerSecret(credentials.secretAccessKey)
  const secret = credentials.secretAccessKey
  // An injected clock sets the SDK's signing clock (its offset from Date.now()).
  const baseNow = options.now ?? Date.now
  const initialOffset = options.now ? options.now() - Date.now() : 0
  const client = new S3Client({
    region: target.region,
    ...(endpoint !== undefined ? { endpoint } : {}),
    forcePathStyle: target.forcePathStyle,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: secret },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    followRegionRedirects: false,
    maxAttempts: options.maxAttempts ?? 3,
    systemClockOffset: initialOffset,
    requestHandler: {
      connectionTimeout: 10_000,
      requestTimeout: options.requestTimeoutMs ?? 120_000,
      // Without it the SDK only logs a warning and keeps waiting.
      throwOnRequestTimeout: true
    }
  })

  /**
   * Our clock plus the correction the SDK made when the host said ours is off
   * (RequestTimeTooSkewed, or its Date header): a laptop an hour behind still presigns a
   * URL valid for its whole life. The SDK re-reads the host's (whole-second) Date on every
   * answer, so corrections under a minute are noise and ignored.
   */
  const now = (): number => {
    const correction = client.config.systemClockOffset - initialOffset
    return baseNow() + (Math.abs(correction) >= 60_000 ? correction : 0)
  }

  async function guarded<T>(operation: LeadsFileOperation, work: () => Promise<T>): Promise<T> {
    // Signed requests and the leads' phone numbers go nowhere without certificate checks.
    if (tlsChecksTurnedOff(options.tls))
      throw new LeadsFileHostError({
        code: 'insecure_endpoint',
        operation,
        message: `S3 ${operation}: ${TLS_CHECKS_OFF_REFUSAL}`
      })
    try {
      return await work()
    } catch (error) {
      throw fromSdkError(error, operation, secret)
    }
  }

  async function presign(key: string, seconds: number): Promise<HostedLeadsFile> {
    const signingDate = new Date(now())
    const url = await guarded('presign', () =>
      getSignedUrl(client, new GetObjectCommand({ Bucket: target.bucket, Key: key }), {
        expiresIn: seconds,
        signingDate
      })
    )
    return { key, url, expiresAt: presignedExpiry(url) }
  }

  async function put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await guarded('upload', () =>
      client.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: checkObjectKey(key),
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.byteLength
        })
      )
    )
  }

  async function remove(key: string): Promise<void> {
    await guarded('remove', () =>
      client.send(new DeleteObjectCommand({ Bucket: target.bucket, Key: checkObjectKey(key) }))
    )
  }

  return {
    host: 's3',
    async upload(key, bytes, contentType) {
      await put(key, bytes, contentType)
      return presign(key, expiresIn)
    },
    urlFor: (key) => presign(checkObjectKey(key), expiresIn),
    remove,
    testConnection: () =>
      testS3Connection({
        bucket: target.bucket,
        prefix: target.prefix,
        now,
        secret,
        fetch: options.fetch ?? fetch,
        put,
        presign: (key) => presign(key, 5 * 60),
        remove
      })
  }
}
