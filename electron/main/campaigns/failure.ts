import type { z } from 'zod'
import type { ProviderFailure } from '../../../shared/ipc/schemas'
import { isProviderError } from '../providers/errors'

export type Failure = z.infer<typeof ProviderFailure>

/** A provider error as the page sees it (its message is redacted already); others are bugs. */
export function toFailure(error: unknown): Failure {
  if (!isProviderError(error)) throw error
  const failure: Failure = { kind: error.kind, message: error.message.slice(0, 500) }
  return error.status === undefined ? failure : { ...failure, status: error.status }
}

export const NOT_CONFIGURED = (provider: string): Failure => ({
  kind: 'not_configured',
  message: `${provider} token not set`
})
