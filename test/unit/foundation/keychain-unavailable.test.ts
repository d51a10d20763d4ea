import { describe, expect, it } from 'vitest'
import { createKeytarSecretStore } from '../../../electron/main/secrets/keytarSecretStore'
import { KeychainUnavailableError } from '../../../electron/main/secrets/SecretStore'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'

// This file runs in its own process (vitest forks): point libsecret at a bus that does not
// exist before keytar first connects, as on a Linux desktop with no Secret Service.
process.env['DBUS_SESSION_BUS_ADDRESS'] = 'unix:path=/nonexistent/leadprep-test-bus'

describe('without a Secret Service', () => {
  it('reports keychain_no_service (not a crash, not a generic error)', async () => {
    const secrets = createKeytarSecretStore()
    await expect(secrets.get('kinbox')).rejects.toBeInstanceOf(KeychainUnavailableError)
    await expect(secrets.get('kinbox')).rejects.toMatchObject({ code: 'keychain_no_service' })

    const table = createHandlerTable({
      secrets,
      settings: {
        get: async () => ({ language: 'pt-BR' }),
        update: async () => ({ language: 'pt-BR' })
      },
      app: { name: 'LeadPrep', version: '1', platform: 'linux' },
      openInBrowser: async () => undefined,
      userDataDir: '/nonexistent',
      chooseLeadFile: async () => null,
      chooseSavePath: async () => null
    })
    const frame = { url: 'app://leadprep/index.html', isMainFrame: true }
    const result = await dispatchIpc(
      table,
      { appOrigin: 'app://leadprep' },
      'secrets:save',
      frame,
      {
        provider: 'kinbox',
        token: 'kbx-token-abcdefgh'
      }
    )
    expect(result).toEqual({
      ok: false,
      error: { code: 'keychain_no_service', detail: 'keychain_no_service' }
    })
  })
})
