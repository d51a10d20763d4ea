import { createAccountsStore, type AccountsStore } from '../../accounts/accountsStore'
import { accountsView } from '../../accounts/accountsView'
import { testAccountConnection } from '../../accounts/connectionTests'
import { ProviderError } from '../../providers/errors'
import { createKinboxClient } from '../../providers/kinbox/client'
import { createS3CredentialStore } from '../../secrets/s3Credentials'
import { KeychainUnavailableError } from '../../secrets/SecretStore'
import type { MainServices } from '../../services'
import type { IpcHandlerTable } from '../dispatch'
import { HandlerError } from '../errors'

type AccountChannels =
  | 'accounts:get'
  | 'accounts:update'
  | 'accounts:s3-secrets-save'
  | 'accounts:s3-secrets-remove'
  | 'accounts:choose-self-host-file'
  | 'accounts:test'
  | 'kinbox:operators'

/** The name main's save dialog suggests for the self-hosted leads file. */
export const SELF_HOST_SUGGESTED_NAME = 'leads-kinbox.xlsx'

/** Keychain failures become the typed error the Settings screen explains. */
async function keychain<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof KeychainUnavailableError) throw new HandlerError(error.code)
    throw error
  }
}

/** Configurações → Contas: settings on disk, secrets in the keychain, connection tests. */
export function accountHandlers(
  services: MainServices,
  store: AccountsStore = createAccountsStore(services.userDataDir)
): Pick<IpcHandlerTable, AccountChannels> {
  const s3Secrets = services.s3Credentials ?? createS3CredentialStore()
  const view = async () =>
    keychain(async () => accountsView(await store.read(), services.secrets, s3Secrets))
  const kinbox = createKinboxClient({
    ...(services.kinboxBaseUrl && { baseUrl: services.kinboxBaseUrl }),
    getToken: () => services.secrets.get('kinbox')
  })

  return {
    'accounts:get': view,
    'accounts:update': async (patch) => {
      await store.update(patch)
      return view()
    },
    'accounts:s3-secrets-save': async (pair) => {
      await keychain(() => s3Secrets.set(pair))
      return view()
    },
    'accounts:s3-secrets-remove': async () => {
      await keychain(() => s3Secrets.remove())
      return view()
    },
    'accounts:choose-self-host-file': async () => {
      // The path comes from main's own dialog, never from the page; the page sees its name.
      const path = await services.chooseSavePath(SELF_HOST_SUGGESTED_NAME)
      if (path !== null) await store.setSelfSaveTo(path)
      return view()
    },
    'accounts:test': async ({ target }) =>
      keychain(async () =>
        testAccountConnection(target, await store.read(), {
          secrets: services.secrets,
          s3Secrets,
          ...(services.kinboxBaseUrl && { kinboxBaseUrl: services.kinboxBaseUrl }),
          ...(services.integraBaseUrl && { integraBaseUrl: services.integraBaseUrl })
        })
      ),
    'kinbox:operators': async () => {
      if ((await keychain(() => services.secrets.get('kinbox'))) === null) {
        return { ok: false, failure: { kind: 'not_configured', message: 'kinbox token not set' } }
      }
      try {
        return { ok: true, operators: await kinbox.listOperators() }
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error
        const failure = { kind: error.kind, message: error.message }
        return { ok: false, failure: error.status ? { ...failure, status: error.status } : failure }
      }
    }
  }
}
