import { basename } from 'node:path'
import type { AccountsView } from '../../../shared/ipc/accounts'
import type { S3CredentialStore } from '../secrets/s3Credentials'
import { secretStatus, type SecretStore } from '../secrets/SecretStore'
import type { StoredAccounts } from './accountsStore'
import { integraMissing, kinboxMissing } from './launchSettings'

/**
 * What the Settings page learns: the settings, "set / not set" and the last 4 characters of
 * each secret, what a launch still lacks, and the save file's name without its folder.
 */
export async function accountsView(
  stored: StoredAccounts,
  secrets: SecretStore,
  s3Secrets: S3CredentialStore
): Promise<AccountsView> {
  const [key, token, s3] = await Promise.all([
    secretStatus(secrets, 'integra'),
    secretStatus(secrets, 'kinbox'),
    s3Secrets.status()
  ])
  const { selfSaveTo, ...kinbox } = stored.kinbox
  return {
    integra: { ...stored.integra, key, missing: integraMissing(stored, key.set) },
    kinbox: {
      ...kinbox,
      token,
      s3Secrets: s3,
      selfSaveToName: selfSaveTo === null ? null : basename(selfSaveTo),
      missing: kinboxMissing(stored, token.set, s3.set)
    }
  }
}
