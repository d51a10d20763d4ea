import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as Fs from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  ACCOUNTS_FILE,
  createAccountsStore,
  defaultAccounts
} from '../../../electron/main/accounts/accountsStore'
import { storeFolder, type StoreFolder } from './storeFolder'

// No full disk or read-only mount can be made here (the tests may run as root): the write
// itself fails with the error the OS would give, everything else is the real file system.
const failure = vi.hoisted(() => ({ code: null as string | null }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>()
  const writeFile: typeof fs.writeFile = (...args) => {
    if (failure.code === null) return fs.writeFile(...args)
    return Promise.reject(
      Object.assign(new Error(`${failure.code}: simulated`), { code: failure.code })
    )
  }
  return { ...fs, writeFile, default: { ...fs, writeFile } }
})

let f: StoreFolder | null = null
afterEach(async () => {
  failure.code = null
  await f?.remove()
})

describe('a write the disk refuses', () => {
  it.each([
    ['ENOSPC', 'disk_full'],
    ['EROFS', 'folder_read_only'],
    ['EACCES', 'folder_read_only'],
    ['EPERM', 'folder_read_only']
  ])('%s gives %s, and the list on disk is untouched', async (code, expected) => {
    f = await storeFolder()
    await f.data('blocklist:set', { numbers: ['+5511987654321'] })
    failure.code = code
    const result = await f.call('blocklist:set', { numbers: [] })
    expect(result).toEqual({ ok: false, error: { code: expected, detail: code } })
    failure.code = null
    expect(await f.data('blocklist:get')).toMatchObject({ numbers: ['+5511987654321'] })
    expect((await f.names()).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})

describe('accounts.json, when the disk refuses the write', () => {
  it.each([
    ['ENOSPC', 'disk_full'],
    ['EROFS', 'folder_read_only']
  ])('%s gives %s, and the saved cards are untouched', async (code, expected) => {
    f = await storeFolder()
    const accounts = createAccountsStore(f.dir)
    const { integra } = defaultAccounts()
    await accounts.update({
      integra: { ...integra, project_id: '11111111-1111-4111-8111-111111111111' }
    })
    const before = await readFile(join(f.dir, ACCOUNTS_FILE), 'utf8')
    failure.code = code
    // The page's call fails before the view (which reads the keychain) is built.
    const integraAfter = { ...integra, project_id: '22222222-2222-4222-8222-222222222222' }
    const result = await f.call('accounts:update', { integra: integraAfter })
    expect(result).toEqual({ ok: false, error: { code: expected, detail: code } })
    failure.code = null
    expect(await readFile(join(f.dir, ACCOUNTS_FILE), 'utf8')).toBe(before)
    expect((await f.names()).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})
