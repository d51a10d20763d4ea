import type * as Fs from 'node:fs/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DraftOpened, DraftSaved } from '../../../shared/ipc/drafts'
import { CSV, draftsFolder, fullDraft, type DraftsFolder } from './draftsKit'

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

let f: DraftsFolder
afterEach(async () => {
  failure.code = null
  await f?.remove()
})

describe('a draft save the disk refuses', () => {
  it.each([
    ['ENOSPC', 'disk_full'],
    ['EROFS', 'folder_read_only'],
    ['EACCES', 'folder_read_only']
  ])('%s gives %s; the saved draft is untouched and no temp file stays', async (code, expected) => {
    f = await draftsFolder()
    const { draftId } = await f.data<DraftSaved>('drafts:save', {
      draft: fullDraft(),
      sourceBytes: CSV
    })
    failure.code = code
    const refused = await f.call('drafts:save', {
      draftId,
      draft: { ...fullDraft(), campaignName: 'não salvo' }
    })
    expect(refused).toEqual({ ok: false, error: { code: expected, detail: code } })
    const fresh = await f.call('drafts:save', { draft: fullDraft(), sourceBytes: CSV })
    expect(fresh).toMatchObject({ ok: false, error: { code: expected } })
    failure.code = null
    const opened = await f.data<DraftOpened>('drafts:open', { draftId })
    expect(opened.draft.campaignName).toBe('Black Friday')
    expect((await f.names(draftId)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})
