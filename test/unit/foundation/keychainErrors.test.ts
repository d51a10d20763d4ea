import { describe, expect, it } from 'vitest'
import { keychainErrorCode } from '../../../electron/main/secrets/keytarSecretStore'
import { ipcErrorsEn, ipcErrorsPtBR } from '../../../renderer/src/i18n/ipcErrors'

/** The OS's own words, as keytar passes them on (Linux ones seen here on the real service). */
const CASES: [NodeJS.Platform, string, string][] = [
  ['linux', 'Cannot create an item in a locked collection', 'keychain_locked'],
  ['linux', 'Cannot get secret of a locked object', 'keychain_locked'],
  [
    'linux',
    'Object does not exist at path “/org/freedesktop/secrets/collection/login”',
    'keychain_locked'
  ],
  ['linux', 'Could not connect: No such file or directory', 'keychain_no_service'],
  ['linux', 'Cannot autolaunch D-Bus without X11 $DISPLAY', 'keychain_no_service'],
  [
    'linux',
    'The name org.freedesktop.secrets was not provided by any .service files',
    'keychain_no_service'
  ],
  ['darwin', 'User canceled the operation.', 'keychain_denied'],
  ['darwin', 'User interaction is not allowed.', 'keychain_denied'],
  ['darwin', 'The specified item could not be found in the keychain.', 'keychain_unavailable'],
  ['win32', 'The stub received bad data.', 'keychain_windows_error'],
  ['win32', 'Element not found.', 'keychain_windows_error'],
  ['linux', 'Something new', 'keychain_unavailable']
]

describe('keychain failures, each with its own code and pt-BR text', () => {
  it.each(CASES)('%s: %j → %s', (platform, message, code) => {
    expect(keychainErrorCode(new Error(message), platform)).toBe(code)
  })

  it('every keychain code tells the user what to do, in pt-BR and English', () => {
    const codes = [...new Set(CASES.map(([, , code]) => code))] as (keyof typeof ipcErrorsPtBR)[]
    for (const code of codes) {
      expect(ipcErrorsPtBR[code].length).toBeGreaterThan(40)
      expect(ipcErrorsEn[code].length).toBeGreaterThan(40)
    }
    expect(ipcErrorsPtBR.keychain_locked).toMatch(/[Dd]esbloqueie/)
    expect(ipcErrorsPtBR.keychain_denied).toMatch(/Permitir/)
    expect(ipcErrorsPtBR.keychain_windows_error).toMatch(/Gerenciador de Credenciais/)
  })
})
