import type { ProviderId } from '../../../../shared/ipc/schemas'
import { KeychainUnavailableError, secretStatus, type SecretStore } from '../../secrets/SecretStore'
import { HandlerError } from '../errors'
import type { IpcHandlerTable } from '../dispatch'

/** Keychain failures become a typed error the Settings screen explains. */
async function keychain<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof KeychainUnavailableError) throw new HandlerError(error.code)
    throw error
  }
}

export function secretHandlers(
  store: SecretStore
): Pick<IpcHandlerTable, 'secrets:status' | 'secrets:save' | 'secrets:remove'> {
  const status = (provider: ProviderId) => keychain(() => secretStatus(store, provider))
  return {
    'secrets:status': ({ provider }) => status(provider),
    'secrets:save': async ({ provider, token }) => {
      await keychain(() => store.set(provider, token))
      return status(provider)
    },
    'secrets:remove': async ({ provider }) => {
      await keychain(() => store.remove(provider))
      return status(provider)
    }
  }
}
