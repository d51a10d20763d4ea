import type { LaunchErrorInfo } from '../../../shared/ipc/launch'
import type { LaunchErrorCode } from '../../../shared/launch/messages'
import { ProviderError, serverText } from '../providers/errors'
import { redact } from '../log'
import { LaunchLockedError } from './lock'

/**
 * Turns whatever a launch step threw into what the user can act on (messages.ts): 401 → the
 * token, 400 → the provider's own words and the part, 403 from the file host → credentials
 * or bucket, 429 → how long to wait, no network → no connection. Details are redacted.
 */
export interface ErrorContext {
  provider: string
  part?: number
  now: number
}

export function launchError(
  code: LaunchErrorCode,
  params: LaunchErrorInfo['params'],
  detail?: string
): LaunchErrorInfo {
  return { code, params, ...(detail !== undefined && { detail: redact(detail).slice(0, 2_000) }) }
}

export function toLaunchError(error: unknown, context: ErrorContext): LaunchErrorInfo {
  const params = {
    provider: context.provider,
    ...(context.part !== undefined && { part: context.part })
  }
  if (error instanceof LaunchLockedError) {
    return launchError('launch_locked', { pid: error.holder.pid, host: error.holder.hostname })
  }
  if (error instanceof ProviderError) return providerLaunchError(error, params, context.now)
  if (isFileHostError(error)) return fileHostLaunchError(error)
  const message = error instanceof Error ? error.message : String(error)
  return launchError('internal_error', { message: redact(message).slice(0, 300) }, message)
}

function providerLaunchError(
  error: ProviderError,
  params: Record<string, string | number>,
  now: number
): LaunchErrorInfo {
  const detail = error.message
  switch (error.kind) {
    case 'auth':
      if (error.status === 403) return launchError('forbidden', params, detail)
      return launchError(
        error.status === undefined ? 'token_missing' : 'token_invalid',
        params,
        detail
      )
    case 'validation':
    case 'not_found': {
      const message = redact(serverText(error.body) ?? error.message).slice(0, 500)
      return launchError('provider_rejected', { ...params, message }, detail)
    }
    case 'rate_limited': {
      const seconds =
        error.retryAt === undefined ? 60 : Math.max(1, Math.ceil((error.retryAt - now) / 1000))
      return launchError('rate_limited', { ...params, seconds }, detail)
    }
    case 'network':
      return launchError('offline', params, detail)
    case 'timeout':
      return launchError('timeout', params, detail)
    case 'server':
      return launchError(
        'server_error',
        { ...params, status: error.status ?? 'sem código' },
        detail
      )
  }
}

/** What a file host (S3 SDK or our own) may throw: a status, an S3 error name. */
interface HostFailure {
  message: string
  status?: number
  code?: string
}

const DENIED =
  /AccessDenied|InvalidAccessKeyId|SignatureDoesNotMatch|Forbidden|NoSuchBucket|credentials/i

function isFileHostError(error: unknown): error is Error & { fileHost: true } {
  return error instanceof Error && (error as { fileHost?: unknown }).fileHost === true
}

function hostFailure(error: Error): HostFailure {
  const record = error as unknown as Record<string, unknown>
  const meta = record['$metadata'] as { httpStatusCode?: unknown } | undefined
  const status = [record['status'], record['statusCode'], meta?.httpStatusCode].find(
    (value): value is number => typeof value === 'number'
  )
  const code = [record['code'], record['name']].find((v): v is string => typeof v === 'string')
  return { message: error.message, ...(status !== undefined && { status }), ...(code && { code }) }
}

export function fileHostLaunchError(error: Error): LaunchErrorInfo {
  const failure = hostFailure(error)
  const denied =
    failure.status === 403 ||
    failure.code === 'auth' ||
    failure.code === 'no_bucket' ||
    DENIED.test(`${failure.code ?? ''} ${failure.message}`)
  const message = redact(failure.message).slice(0, 300)
  return denied
    ? launchError('file_host_denied', {}, failure.message)
    : launchError('file_host_failed', { message }, failure.message)
}

/** Marks an error as coming from the file host, whatever its class. */
export function asFileHostError(error: unknown): Error & { fileHost: true } {
  const base = error instanceof Error ? error : new Error(String(error))
  return Object.assign(base, { fileHost: true as const })
}
