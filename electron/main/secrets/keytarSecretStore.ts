import type * as KeytarModule from 'keytar'
import type { ProviderId } from '../../../shared/ipc/schemas'
import { registerSecret } from '../log'
import { KEYCHAIN_SERVICE, KeychainUnavailableError, type SecretStore } from './SecretStore'

type Keytar = typeof KeytarModule

let keytarModule: Promise<Keytar> | null = null

/** keytar is a native module: load it lazily so a broken build is an error, not a crash. */
function loadKeytar(): Promise<Keytar> {
  keytarModule ??= import('keytar').then((m) => (m as { default?: Keytar }).default ?? m)
  return keytarModule
}

async function guarded<T>(work: (keytar: Keytar) => Promise<T>): Promise<T> {
  try {
    return await work(await loadKeytar())
  } catch (error) {
    // libsecret reports a missing or locked Secret Service as a plain Error; every keytar
    // failure means the keychain could not be used, and the UI says so.
    throw new KeychainUnavailableError(error)
  }
}

/** The OS keychain through keytar: service "LeadPrep", one account per provider. */
export function createKeytarSecretStore(service = KEYCHAIN_SERVICE): SecretStore {
  return {
    async get(provider: ProviderId) {
      const token = await guarded((k) => k.getPassword(service, provider))
      if (token !== null) registerSecret(token)
      return token
    },
    async set(provider: ProviderId, token: string) {
      registerSecret(token)
      await guarded((k) => k.setPassword(service, provider, token))
    },
    async remove(provider: ProviderId) {
      await guarded((k) => k.deletePassword(service, provider))
    }
  }
}
