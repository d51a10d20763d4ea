import type { IpcErrorCode } from '../../../shared/ipc/result'
import type { ProviderId, SecretStatus } from '../../../shared/ipc/schemas'

/** Where API tokens live: the OS keychain. Only main reads them, at call time. */
export interface SecretStore {
  get(provider: ProviderId): Promise<string | null>
  set(provider: ProviderId, token: string): Promise<void>
  remove(provider: ProviderId): Promise<void>
}

/**
 * One keychain service's entries by account name: the providers' tokens (SecretStore) and
 * the S3 key pair (s3Credentials.ts) are both this shape.
 */
export interface KeychainAccounts<Account extends string> {
  get(account: Account): Promise<string | null>
  set(account: Account, value: string): Promise<void>
  remove(account: Account): Promise<void>
}

/**
 * Why the keychain could not be used, as the IPC error code the page explains (each text says
 * what to do): a locked keyring, no Secret Service at all (Linux), a denied macOS Keychain
 * prompt, a Windows Credential Manager error; anything else is keychain_unavailable.
 */
export type KeychainErrorCode = Extract<
  IpcErrorCode,
  | 'keychain_locked'
  | 'keychain_no_service'
  | 'keychain_denied'
  | 'keychain_windows_error'
  | 'keychain_unavailable'
>

/** The keychain cannot be reached or refused the request; `code` says which way. */
export class KeychainUnavailableError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly code: KeychainErrorCode = 'keychain_unavailable'
  ) {
    super(code)
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
