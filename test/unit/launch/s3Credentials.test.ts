import { describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { isLeadsFileHostError } from '../../../electron/main/launch/leadsFileHost'
import { redact } from '../../../electron/main/log'
import {
  S3_KEYCHAIN_ACCOUNTS,
  createS3CredentialStore,
  readS3Credentials,
  s3CredentialsFromEnv,
  type S3KeychainAccount
} from '../../../electron/main/secrets/s3Credentials'
import { KEYCHAIN_SERVICE, type KeychainAccounts } from '../../../electron/main/secrets/SecretStore'

const run = promisify(execFile)

function memoryAccounts(): KeychainAccounts<S3KeychainAccount> & { values: Map<string, string> } {
  const values = new Map<string, string>()
  return {
    values,
    get: (account) => Promise.resolve(values.get(account) ?? null),
    set: (account, value) => Promise.resolve(void values.set(account, value)),
    remove: (account) => Promise.resolve(void values.delete(account))
  }
}

const pair = { accessKeyId: 'AKIAEXAMPLE1234', secretAccessKey: 'env-secret-9f8e7d6c5b4a' }

describe('S3 credentials', () => {
  it('come from LEADPREP_S3_ACCESS_KEY_ID / LEADPREP_S3_SECRET_ACCESS_KEY before the keychain', async () => {
    const accounts = memoryAccounts()
    const store = createS3CredentialStore(accounts)
    await store.set({ accessKeyId: 'AKIAKEYCHAIN', secretAccessKey: 'keychain-secret-1234' })
    const env = {
      LEADPREP_S3_ACCESS_KEY_ID: pair.accessKeyId,
      LEADPREP_S3_SECRET_ACCESS_KEY: pair.secretAccessKey
    }
    expect(await readS3Credentials({ env, store })).toEqual({ credentials: pair, source: 'env' })
    expect(await readS3Credentials({ env: {}, store })).toEqual({
      credentials: { accessKeyId: 'AKIAKEYCHAIN', secretAccessKey: 'keychain-secret-1234' },
      source: 'keychain'
    })
    // Once read, the secret is masked in every log line.
    expect(redact(`oops ${pair.secretAccessKey}`)).toBe('oops [redacted]')
  })

  it('name the missing variable when only one is set, without the other value', () => {
    try {
      s3CredentialsFromEnv({ LEADPREP_S3_SECRET_ACCESS_KEY: 'only-the-secret-5555' })
      expect.unreachable()
    } catch (error) {
      expect(isLeadsFileHostError(error) && error.code).toBe('no_credentials')
      expect(String(error)).toContain('LEADPREP_S3_ACCESS_KEY_ID')
      expect(JSON.stringify(error)).not.toContain('only-the-secret-5555')
    }
  })

  it('are not set when nothing is, or when the keychain holds half a pair', async () => {
    const accounts = memoryAccounts()
    const store = createS3CredentialStore(accounts)
    expect(await readS3Credentials({ env: {}, store })).toBeNull()
    accounts.values.set(S3_KEYCHAIN_ACCOUNTS.accessKeyId, 'AKIAHALF')
    expect(await store.status()).toEqual({ set: false, accessKeyIdLast4: null })
    await store.set(pair)
    expect(await store.status()).toEqual({ set: true, accessKeyIdLast4: '1234' })
    await store.remove()
    expect(accounts.values.size).toBe(0)
  })
})

/** Reads an entry from another Node process, as the CLI or a relaunched app would. */
async function readFromAnotherProcess(account: string): Promise<string | null> {
  const script = `require('keytar').getPassword(${JSON.stringify(KEYCHAIN_SERVICE)}, ${JSON.stringify(account)})
    .then((v) => process.stdout.write(JSON.stringify(v)))`
  const { stdout } = await run(process.execPath, ['-e', script], { cwd: process.cwd() })
  return JSON.parse(stdout) as string | null
}

describe('S3 credentials in the OS keychain (real Secret Service)', () => {
  it('are two accounts of service LeadPrep, readable by another process, removed together', async () => {
    const store = createS3CredentialStore()
    const previous = await store.get()
    const saved = {
      accessKeyId: 'AKIAKEYTARTEST01',
      secretAccessKey: `s3-${Date.now().toString(16)}-secret`
    }
    try {
      await store.set(saved)
      expect(await readFromAnotherProcess('s3-access-key-id')).toBe(saved.accessKeyId)
      expect(await readFromAnotherProcess('s3-secret-access-key')).toBe(saved.secretAccessKey)
      expect(await readS3Credentials({ store })).toEqual({ credentials: saved, source: 'keychain' })
      await store.remove()
      expect(await readFromAnotherProcess('s3-secret-access-key')).toBeNull()
      expect(await store.get()).toBeNull()
    } finally {
      if (previous !== null) await store.set(previous)
    }
  })
})
