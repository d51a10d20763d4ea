import { LeadsFileHostError } from '../launch/leadsFile/errors'
import type { S3Credentials } from '../launch/leadsFile/types'
import { registerSecret } from '../log'
import { createKeytarAccounts } from './keytarSecretStore'
import { last4, type KeychainAccounts } from './SecretStore'

/**
 * The S3 key pair for the leads-file bucket: two accounts of the app's keychain service
 * (beside the providers' tokens), or, for `leadprep launch` in automation, the environment.
 * Like the tokens, only main reads it, at call time; the page sees "set / not set" and the
 * access key id's last 4 characters.
 */

export const S3_KEYCHAIN_ACCOUNTS = {
  accessKeyId: 's3-access-key-id',
  secretAccessKey: 's3-secret-access-key'
} as const
export type S3KeychainAccount = (typeof S3_KEYCHAIN_ACCOUNTS)[keyof typeof S3_KEYCHAIN_ACCOUNTS]

export const S3_CREDENTIAL_ENV = {
  accessKeyId: 'LEADPREP_S3_ACCESS_KEY_ID',
  secretAccessKey: 'LEADPREP_S3_SECRET_ACCESS_KEY'
} as const

export interface S3CredentialStatus {
  set: boolean
  accessKeyIdLast4: string | null
}

export interface S3CredentialStore {
  get(): Promise<S3Credentials | null>
  set(credentials: S3Credentials): Promise<void>
  remove(): Promise<void>
  status(): Promise<S3CredentialStatus>
}

export function createS3CredentialStore(
  accounts: KeychainAccounts<S3KeychainAccount> = createKeytarAccounts<S3KeychainAccount>()
): S3CredentialStore {
  const get = async (): Promise<S3Credentials | null> => {
    const accessKeyId = await accounts.get(S3_KEYCHAIN_ACCOUNTS.accessKeyId)
    const secretAccessKey = await accounts.get(S3_KEYCHAIN_ACCOUNTS.secretAccessKey)
    // Half a pair (an interrupted save) is no pair: the user saves both again.
    if (!accessKeyId || !secretAccessKey) return null
    return { accessKeyId, secretAccessKey }
  }
  return {
    get,
    async set({ accessKeyId, secretAccessKey }) {
      await accounts.set(S3_KEYCHAIN_ACCOUNTS.secretAccessKey, secretAccessKey)
      await accounts.set(S3_KEYCHAIN_ACCOUNTS.accessKeyId, accessKeyId)
    },
    async remove() {
      await accounts.remove(S3_KEYCHAIN_ACCOUNTS.accessKeyId)
      await accounts.remove(S3_KEYCHAIN_ACCOUNTS.secretAccessKey)
    },
    async status() {
      const credentials = await get()
      return {
        set: credentials !== null,
        accessKeyIdLast4: credentials === null ? null : last4(credentials.accessKeyId)
      }
    }
  }
}

/**
 * The pair from `LEADPREP_S3_ACCESS_KEY_ID` / `LEADPREP_S3_SECRET_ACCESS_KEY`; null when
 * neither is set; a typed error naming the missing one when only one is.
 */
export function s3CredentialsFromEnv(
  env: Record<string, string | undefined>
): S3Credentials | null {
  const accessKeyId = env[S3_CREDENTIAL_ENV.accessKeyId] ?? ''
  const secretAccessKey = env[S3_CREDENTIAL_ENV.secretAccessKey] ?? ''
  if (accessKeyId === '' && secretAccessKey === '') return null
  if (accessKeyId === '' || secretAccessKey === '') {
    const missing =
      accessKeyId === '' ? S3_CREDENTIAL_ENV.accessKeyId : S3_CREDENTIAL_ENV.secretAccessKey
    throw new LeadsFileHostError({
      code: 'no_credentials',
      operation: 'config',
      message: `${missing} is not set (both S3 variables are needed)`
    })
  }
  registerSecret(secretAccessKey)
  return { accessKeyId, secretAccessKey }
}

export interface ReadS3CredentialsOptions {
  /** The CLI passes process.env: the variables win over the keychain (automation). */
  env?: Record<string, string | undefined>
  /** The keychain; omitted, the env alone is read. */
  store?: S3CredentialStore
}

export interface FoundS3Credentials {
  credentials: S3Credentials
  source: 'env' | 'keychain'
}

/** Where the leads-file host's key pair comes from, at call time; null when nowhere. */
export async function readS3Credentials(
  options: ReadS3CredentialsOptions
): Promise<FoundS3Credentials | null> {
  const fromEnv = options.env ? s3CredentialsFromEnv(options.env) : null
  if (fromEnv) return { credentials: fromEnv, source: 'env' }
  const fromKeychain = options.store ? await options.store.get() : null
  return fromKeychain ? { credentials: fromKeychain, source: 'keychain' } : null
}
