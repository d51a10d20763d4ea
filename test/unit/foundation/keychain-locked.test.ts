import { describe, expect, it } from 'vitest'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const canRun =
  process.platform === 'linux' && has('dbus-run-session') && has('gnome-keyring-daemon')
const PROBE = new URL('./keychainLockedProbe.ts', import.meta.url).pathname

/** A shell command in a fresh D-Bus session of its own (no window: no unlock prompt can show). */
function inOwnSession(dataHome: string, script: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: dataHome }
  for (const name of ['DBUS_SESSION_BUS_ADDRESS', 'DISPLAY', 'WAYLAND_DISPLAY']) delete env[name]
  return run('dbus-run-session', ['--', 'sh', '-c', script], { env, cwd: process.cwd() })
}

describe.skipIf(!canRun)('a locked keyring (real gnome-keyring, started without --unlock)', () => {
  it('saving a token answers keychain_locked, with what to do', { timeout: 120_000 }, async () => {
    const dataHome = await mkdtemp(join(tmpdir(), 'leadprep-locked-keyring-'))
    try {
      // First session: creates the "login" keyring with a password, like a desktop login does.
      await inOwnSession(
        dataHome,
        `printf %s leadprep-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
         node -e "require('keytar').setPassword('LeadPrepLockedProbe', 'seed', 'x').then(() => {})"`
      )
      // Second session: the same keyring, never unlocked.
      const { stdout } = await inOwnSession(
        dataHome,
        `gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
         exec "${process.execPath}" --import tsx "${PROBE}"`
      )
      const line = stdout.split('\n').find((l) => l.startsWith('PROBE '))
      expect(JSON.parse(line?.slice('PROBE '.length) ?? '{}')).toEqual({ save: 'keychain_locked' })
    } finally {
      await rm(dataHome, { recursive: true, force: true })
    }
  })
})
