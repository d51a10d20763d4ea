import type { ProviderId } from '../../../shared/ipc/schemas'

/**
 * The one error every provider call throws. It carries what the UI and the launch journal
 * need (kind, status, the server's body) and, by construction, never the token: the token
 * is not an input to anything here, and bodies are redacted before they get here.
 */
export type ProviderErrorKind =
  'auth' | 'validation' | 'rate_limited' | 'server' | 'network' | 'timeout' | 'not_found'

export interface ProviderErrorInit {
  provider: ProviderId
  kind: ProviderErrorKind
  message: string
  status?: number
  body?: unknown
  /** Epoch ms when the rate limit resets, when the server said so. */
  retryAt?: number
  /**
   * True when a request that changes state (a campaign creation) failed in a way that may
   * have reached the server: a timeout, a dropped response, a 5xx. The caller must look the
   * campaign up before sending it again; there is no idempotency key.
   */
  outcomeUnknown?: boolean
}

export class ProviderError extends Error {
  readonly provider: ProviderId
  readonly kind: ProviderErrorKind
  readonly status?: number
  readonly body?: unknown
  readonly retryAt?: number
  readonly outcomeUnknown: boolean

  constructor(init: ProviderErrorInit) {
    super(init.message)
    this.name = 'ProviderError'
    this.provider = init.provider
    this.kind = init.kind
    if (init.status !== undefined) this.status = init.status
    if (init.body !== undefined) this.body = init.body
    if (init.retryAt !== undefined) this.retryAt = init.retryAt
    this.outcomeUnknown = init.outcomeUnknown ?? false
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      provider: this.provider,
      kind: this.kind,
      message: this.message,
      status: this.status,
      body: this.body,
      retryAt: this.retryAt,
      outcomeUnknown: this.outcomeUnknown
    }
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError
}

/** Which kind an HTTP error status is. */
export function kindForStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return 'auth'
  if (status === 404) return 'not_found'
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server'
  return 'validation'
}

/** The server's own words, from the shapes both vendors use: `{ error }`, `{ message }`. */
export function serverText(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().slice(0, 300) || undefined
  if (typeof body !== 'object' || body === null) return undefined
  const record = body as Record<string, unknown>
  const message = record['message']
  if (typeof message === 'string') return message
  if (Array.isArray(message)) return message.filter((m) => typeof m === 'string').join('; ')
  const error = record['error']
  return typeof error === 'string' ? error : undefined
}
