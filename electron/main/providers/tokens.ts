import type { ProviderId } from '../../../shared/ipc/schemas'
import { ProviderError } from './errors'

/** Reads the token at call time (the keychain is the only place it lives between calls). */
export async function requireToken(
  provider: ProviderId,
  getToken: () => Promise<string | null>
): Promise<string> {
  const token = await getToken()
  if (token === null || token.length === 0) {
    throw new ProviderError({ provider, kind: 'auth', message: `${provider}: no API token set` })
  }
  return token
}

/** Client-side check of a body we built, before it goes anywhere. */
export function invalidBody(provider: ProviderId, detail: string): ProviderError {
  return new ProviderError({
    provider,
    kind: 'validation',
    message: `${provider}: request body rejected before sending: ${detail}`
  })
}
