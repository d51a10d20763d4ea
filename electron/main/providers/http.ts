import type { ProviderId } from '../../../shared/ipc/schemas'
import { ProviderError, kindForStatus, serverText } from './errors'
import { redactText, redactValue } from './redact'
import { retryDelay, type Failure, type RetryPolicy, DEFAULT_RETRY_POLICY } from './retry'
import { TLS_CHECKS_OFF_REFUSAL, tlsChecksTurnedOff } from '../platform/tlsGuard'

export { markPackagedBuild } from '../platform/tlsGuard'

/**
 * The one way provider clients talk HTTP: global `fetch`, a timeout per attempt, retries
 * with backoff for what a retry can fix (429, 5xx, network), typed errors, and no token
 * anywhere but the Authorization header of the request being made.
 */

export interface RetryEvent {
  provider: ProviderId
  method: string
  path: string
  attempt: number
  delayMs: number
  kind: ProviderError['kind']
  status?: number
}

export interface HttpClientOptions {
  provider: ProviderId
  baseUrl: string
  /** Per attempt, including reading the body. */
  timeoutMs?: number
  retry?: Partial<RetryPolicy>
  /** Injected so tests run without real waits. */
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  fetch?: typeof fetch
  onRetry?: (event: RetryEvent) => void
  /** Largest response body read, in bytes (default MAX_RESPONSE_BYTES). */
  maxResponseBytes?: number
  /** Whether this is a packaged app (default: what main set with markPackagedBuild). */
  packaged?: boolean
  /** Where NODE_TLS_REJECT_UNAUTHORIZED is read (default process.env). */
  env?: Record<string, string | undefined>
}

export interface ProviderRequest<T> {
  method: 'GET' | 'POST'
  path: string
  query?: Record<string, string | number | undefined>
  body?: unknown
  token: string
  /**
   * Whether sending it twice is harmless. Defaults to true for GET. A non-idempotent request
   * is retried only when the server cannot have acted on it (429, connection refused).
   */
  idempotent?: boolean
  parse: (json: unknown) => T
}

export interface HttpClient {
  request<T>(request: ProviderRequest<T>): Promise<T>
}

export const DEFAULT_TIMEOUT_MS = 30_000
/** No provider answer is near this; past it the body is not read (a hostile or broken server). */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024
/** How much of the server's own text an error message carries. */
export const MAX_SERVER_TEXT_CHARS = 300

type Attempt<T> = { ok: true; value: T } | { ok: false; failure: Failure }
type Context = HttpClientOptions & { now: () => number }

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry }
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)))
  const now = options.now ?? Date.now
  const context: Context = { ...options, now }

  async function request<T>(req: ProviderRequest<T>): Promise<T> {
    refuseWithoutTlsChecks(options, req)
    for (let attempt = 1; ; attempt++) {
      const outcome = await attemptOnce(context, req)
      if (outcome.ok) return outcome.value
      const delayMs = retryDelay(outcome.failure, attempt, policy, now())
      if (delayMs === null) throw outcome.failure.error
      const { kind, status } = outcome.failure.error
      options.onRetry?.({
        provider: options.provider,
        method: req.method,
        path: redactToken(req.path, req.token),
        attempt,
        delayMs,
        kind,
        ...(status !== undefined && { status })
      })
      await sleep(delayMs)
    }
  }

  return { request }
}

/** A packaged app sends no token without TLS certificate checks (platform/tlsGuard). */
function refuseWithoutTlsChecks(options: HttpClientOptions, req: ProviderRequest<unknown>): void {
  if (!tlsChecksTurnedOff(options)) return
  throw new ProviderError({
    provider: options.provider,
    kind: 'network',
    message: `${where(options, req)}: ${TLS_CHECKS_OFF_REFUSAL}`
  })
}

/** A body bigger than the cap: reading stops there (nothing more is buffered). */
class BodyTooLarge extends Error {
  constructor(readonly cap: number) {
    super('response body too large')
  }
}

async function readCapped(response: Response, cap: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > cap) {
    await response.body?.cancel().catch(() => undefined)
    throw new BodyTooLarge(cap)
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > cap) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLarge(cap)
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

async function attemptOnce<T>(options: Context, req: ProviderRequest<T>): Promise<Attempt<T>> {
  const idempotent = req.idempotent ?? req.method === 'GET'
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  let response: Response
  let text: string
  try {
    response = await (options.fetch ?? fetch)(buildUrl(options.baseUrl, req), {
      method: req.method,
      headers: buildHeaders(req),
      ...(req.body !== undefined && { body: JSON.stringify(req.body) }),
      // Never follow: a 307 would re-send the body (a campaign, with the token) elsewhere.
      redirect: 'error',
      signal: controller.signal
    })
    text = await readCapped(response, options.maxResponseBytes ?? MAX_RESPONSE_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLarge) controller.abort()
    return { ok: false, failure: transportFailure(options, req, idempotent, error, controller) }
  } finally {
    clearTimeout(timer)
  }
  const body = redactValue(parseBody(redactToken(text, req.token)), req.token)
  if (!response.ok) {
    return { ok: false, failure: statusFailure(options, req, idempotent, response, body) }
  }
  return parseSuccess(options, req, idempotent, body)
}

function buildUrl(baseUrl: string, req: ProviderRequest<unknown>): string {
  const url = new URL(baseUrl + req.path)
  for (const [key, value] of Object.entries(req.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  return url.toString()
}

function buildHeaders(req: ProviderRequest<unknown>): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${req.token}`
  }
  if (req.body !== undefined) headers['Content-Type'] = 'application/json'
  return headers
}

/** "integra POST /api/v1/campaigns", for messages; a path can never carry the token out. */
function where(options: HttpClientOptions, req: ProviderRequest<unknown>): string {
  return `${options.provider} ${req.method} ${redactToken(req.path, req.token)}`
}

/** A server that echoes the credential must not smuggle it into an error or a log. */
const redactToken = redactText

const clip = (text: string): string =>
  text.length > MAX_SERVER_TEXT_CHARS ? `${text.slice(0, MAX_SERVER_TEXT_CHARS)}…` : text

function parseBody(text: string): unknown {
  if (text.length === 0) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text.length > 2_000 ? `${text.slice(0, 2_000)}…` : text
  }
}

// Error codes meaning the request never left this machine, so even a creation may be resent.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH'])

function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined
  return typeof cause?.code === 'string' ? cause.code : undefined
}

function transportFailure(
  options: HttpClientOptions,
  req: ProviderRequest<unknown>,
  idempotent: boolean,
  error: unknown,
  controller: AbortController
): Failure {
  const refused = refusedAnswer(error)
  if (refused !== null) {
    return {
      retryable: false,
      error: new ProviderError({
        provider: options.provider,
        kind: 'server',
        message: `${where(options, req)}: ${refused}`,
        // The server answered: a creation may have happened all the same.
        outcomeUnknown: !idempotent
      })
    }
  }
  const timedOut = controller.signal.aborted
  const code = errorCode(error)
  const notSent = !timedOut && code !== undefined && NOT_SENT_CODES.has(code)
  const what = timedOut ? 'no response in time' : `connection failed${code ? ` (${code})` : ''}`
  return {
    retryable: idempotent || notSent,
    error: new ProviderError({
      provider: options.provider,
      kind: timedOut ? 'timeout' : 'network',
      message: `${where(options, req)}: ${what}`,
      outcomeUnknown: !idempotent && !notSent
    })
  }
}

/** An answer the client refuses to use (too big, a redirect), or null for a transport error. */
function refusedAnswer(error: unknown): string | null {
  if (error instanceof BodyTooLarge)
    return `response larger than ${(error.cap / (1024 * 1024)).toFixed(1)} MB, not read`
  const cause = error instanceof Error ? (error.cause as { message?: unknown } | undefined) : null
  if (typeof cause?.message === 'string' && /redirect/i.test(cause.message))
    return 'the server answered with a redirect, which LeadPrep does not follow'
  return null
}

function statusFailure(
  options: Context,
  req: ProviderRequest<unknown>,
  idempotent: boolean,
  response: Response,
  body: unknown
): Failure {
  const kind = kindForStatus(response.status)
  const retryAt = rateLimitResetAt(response.headers, options.now())
  const text = clip(serverText(body) ?? response.statusText)
  return {
    // A 429 was refused before any work; a 5xx may have half-done a creation.
    retryable: kind === 'rate_limited' || (kind === 'server' && idempotent),
    error: new ProviderError({
      provider: options.provider,
      kind,
      status: response.status,
      message: redactToken(`${where(options, req)}: ${response.status} ${text}`, req.token),
      body,
      ...(retryAt !== undefined && { retryAt }),
      outcomeUnknown: kind === 'server' && !idempotent
    })
  }
}

/** Below this, an `X-RateLimit-Reset` is a delay in seconds, not an epoch (2001-09-09). */
const EPOCH_SECONDS_FLOOR = 1e9

/**
 * `X-RateLimit-Reset` is epoch seconds (Integra); a small value is read as seconds from now,
 * as some servers send. `Retry-After` seconds is honoured too.
 */
export function rateLimitResetAt(headers: Headers, now: number): number | undefined {
  const reset = Number(headers.get('x-ratelimit-reset') ?? NaN)
  if (Number.isFinite(reset) && reset > 0) {
    return reset < EPOCH_SECONDS_FLOOR ? now + reset * 1000 : reset * 1000
  }
  const after = Number(headers.get('retry-after') ?? NaN)
  if (Number.isFinite(after) && after >= 0) return now + after * 1000
  return undefined
}

function parseSuccess<T>(
  options: HttpClientOptions,
  req: ProviderRequest<T>,
  idempotent: boolean,
  body: unknown
): Attempt<T> {
  try {
    return { ok: true, value: req.parse(body) }
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 500) : 'unreadable'
    return {
      ok: false,
      failure: {
        retryable: false,
        error: new ProviderError({
          provider: options.provider,
          kind: 'server',
          message: `${where(options, req)}: unexpected response: ${redactToken(detail, req.token)}`,
          body,
          // The creation happened but we cannot read its id: look it up by name.
          outcomeUnknown: !idempotent
        })
      }
    }
  }
}
