import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as Fs from 'node:fs/promises'
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
