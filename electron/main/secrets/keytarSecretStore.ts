import type * as KeytarModule from 'keytar'
import type { ProviderId } from '../../../shared/ipc/schemas'
import { registerSecret } from '../log'
import {
  KEYCHAIN_SERVICE,
  KeychainUnavailableError,
  type KeychainAccounts,
  type KeychainErrorCode,
  type SecretStore
} from './SecretStore'

type Keytar = typeof KeytarModule

let keytarModule: Promise<Keytar> | null = null

/** keytar is a native module: load it lazily so a broken build is an error, not a crash. */
function loadKeytar(): Promise<Keytar> {
  keytarModule ??= import('keytar').then((m) => (m as { default?: Keytar }).default ?? m)
  return keytarModule
}

async function guarded<T>(work: (keytar: Keytar) => Promise<T>): Promise<T> {
  let keytar: Keytar
  try {
    keytar = await loadKeytar()
  } catch (error) {
    throw new KeychainUnavailableError(error)
  }
  try {
    return await work(keytar)
  } catch (error) {
    // keytar reports every OS failure as a plain Error with the OS's own words: sort them
    // into what the user can act on.
    throw new KeychainUnavailableError(error, keychainErrorCode(error, process.platform))
  }
}

const LINUX_LOCKED = [
  /locked (collection|object|item)/i,
  /cannot (get secret of|unlock)/i,
  /prompt.*(dismissed|failed|cancel)/i,
  // No default ("login") keyring yet: it must be created and unlocked first.
  /object does not exist at path .*\/collection\//i
]
const LINUX_NO_SERVICE = [
  /could not connect/i,
  /cannot autolaunch d-bus/i,
  /not provided by any \.service files/i,
  /org\.freedesktop\.secrets/i,
  /dbus|d-bus|secret service/i
]
const MAC_DENIED = [/user canceled/i, /interaction is not allowed/i, /denied|not permitted/i]

/**
 * The keychain failure behind a keytar error, from the platform and the OS's message
 * (libsecret's GError text, macOS's SecCopyErrorMessageString, Windows' FormatMessage).
 */
export function keychainErrorCode(error: unknown, platform: NodeJS.Platform): KeychainErrorCode {
  const message = error instanceof Error ? error.message : String(error)
  if (platform === 'win32') return 'keychain_windows_error'
  if (platform === 'darwin')
    return MAC_DENIED.some((p) => p.test(message)) ? 'keychain_denied' : 'keychain_unavailable'
  if (LINUX_LOCKED.some((p) => p.test(message))) return 'keychain_locked'
  if (LINUX_NO_SERVICE.some((p) => p.test(message))) return 'keychain_no_service'
  return 'keychain_unavailable'
}

/** The OS keychain through keytar: service "LeadPrep", one account per provider. */
export function createKeytarSecretStore(service = KEYCHAIN_SERVICE): SecretStore {
  return createKeytarAccounts<ProviderId>(service)
}

/** Any accounts of the service through keytar; every value read or saved is redacted in logs. */
export function createKeytarAccounts<Account extends string>(
  service = KEYCHAIN_SERVICE
): KeychainAccounts<Account> {
  return {
    async get(account: Account) {
      const value = await guarded((k) => k.getPassword(service, account))
      if (value !== null) registerSecret(value)
      return value
    },
    async set(account: Account, value: string) {
      registerSecret(value)
      await guarded((k) => k.setPassword(service, account, value))
    },
    async remove(account: Account) {
      await guarded((k) => k.deletePassword(service, account))
    }
  }
}
