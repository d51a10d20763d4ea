import type { ProviderId, SecretStatus } from '../../../shared/ipc/schemas'

/** Where API tokens live: the OS keychain. Only main reads them, at call time. */
export interface SecretStore {
  get(provider: ProviderId): Promise<string | null>
  set(provider: ProviderId, token: string): Promise<void>
  remove(provider: ProviderId): Promise<void>
}

/** The keychain cannot be reached (Linux without a Secret Service, a locked keyring…). */
export class KeychainUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super('keychain_unavailable')
    this.name = 'KeychainUnavailableError'
  }
}

export const KEYCHAIN_SERVICE = 'LeadPrep'

export function last4(token: string): string {
  return token.slice(-4)
}

export async function secretStatus(
  store: SecretStore,
  provider: ProviderId
): Promise<SecretStatus> {
  const token = await store.get(provider)
  return { provider, set: token !== null, last4: token === null ? null : last4(token) }
}
