import { describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createKeytarSecretStore } from '../../../electron/main/secrets/keytarSecretStore'
import { KEYCHAIN_SERVICE, secretStatus } from '../../../electron/main/secrets/SecretStore'

const run = promisify(execFile)

/** Reads the keychain entry from a separate Node process, as the CLI or a relaunched app would. */
async function readFromAnotherProcess(service: string, account: string): Promise<string | null> {
  const script = `require('keytar').getPassword(${JSON.stringify(service)}, ${JSON.stringify(account)})
    .then((v) => process.stdout.write(JSON.stringify(v)))`
  const { stdout } = await run(process.execPath, ['-e', script], { cwd: process.cwd() })
  return JSON.parse(stdout) as string | null
}

describe('the OS keychain (real Secret Service)', () => {
  it('stores a token under service LeadPrep, readable by another process, then deletes it', async () => {
    const store = createKeytarSecretStore()
    const token = `ik_live_${Date.now().toString(16)}${'ab'.repeat(20)}`
    const previous = await store.get('integra')
    try {
      await store.set('integra', token)
      expect(await readFromAnotherProcess(KEYCHAIN_SERVICE, 'integra')).toBe(token)
      expect(await secretStatus(store, 'integra')).toEqual({
        provider: 'integra',
        set: true,
        last4: token.slice(-4)
      })
      await store.remove('integra')
      expect(await readFromAnotherProcess(KEYCHAIN_SERVICE, 'integra')).toBeNull()
      expect(await secretStatus(store, 'integra')).toEqual({
        provider: 'integra',
        set: false,
        last4: null
      })
    } finally {
      if (previous !== null) await store.set('integra', previous)
    }
  })
})
