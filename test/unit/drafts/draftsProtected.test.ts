/**
 * A password-protected workbook's draft: main keeps the ORIGINAL, still-encrypted file (copied
 * from the path it opened, checked by the encrypted bytes' size and SHA-256), marked
 * `protected`; never the decrypted bytes, never the password. Main never writes bytes whose
 * hash differs from the draft's source.
 */
import { readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  Draft,
  type DraftOpened,
  type DraftSaved,
  type DraftSummary
} from '../../../shared/ipc/drafts'
import { decryptOoxml } from '../../../shared/import/workbook/decryptOoxml'
import { draftsFolder, everyFileText, fullDraft, sourceOf, type DraftsFolder } from './draftsKit'

const ENCRYPTED = new Uint8Array(
  readFileSync(
    new URL('../../../../shared/fixtures/leads/broken/password-protected.xlsx', import.meta.url)
  )
)
const NAME = 'protegida.xlsx'
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

let f: DraftsFolder
afterEach(async () => {
  await f?.remove()
})

/** A draft of the protected workbook, as the page describes it: the encrypted file's identity. */
const protectedDraft = () => ({ ...fullDraft(), source: sourceOf(ENCRYPTED, NAME, true) })

/** Every file in the drafts folder, as bytes. */
async function everyFile(dir: string): Promise<Buffer[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name)))
  )
}

/** Text that is in the decrypted workbook (a cell of its sheet), to look for on disk. */
async function plaintextSample(): Promise<{ decrypted: Uint8Array; words: string[] }> {
  const decrypted = await decryptOoxml(ENCRYPTED, 'senha123')
  const { unzipSync, strFromU8 } = await import('fflate')
  const parts = unzipSync(decrypted)
  const shared = parts['xl/sharedStrings.xml']
  const texts = shared ? [...strFromU8(shared).matchAll(/<t[^>]*>([^<]{4,})<\/t>/g)] : []
  // Short hex-only words ("4028") are left out: a random draft id may hold them by chance.
  const telling = (w: string) => w.trim().length >= 4 && !/^[0-9a-f]{1,7}$/i.test(w.trim())
  return { decrypted, words: texts.map((m) => m[1] ?? '').filter(telling) }
}

describe('a protected workbook draft', () => {
  it('keeps the encrypted file copied from the path main opened, marked protected', async () => {
    f = await draftsFolder()
    const path = await f.userFile(NAME, ENCRYPTED)
    await f.data('files:remember', { path })
    const saved = await f.data<DraftSaved>('drafts:save', { draft: protectedDraft() })
    expect(saved.sourceStored).toBe(true)
    expect(await f.names(saved.draftId)).toEqual(['draft.json', 'source.xlsx'])

    // The copy is the encrypted file, byte for byte: an OLE/CFB file, not a zip.
    const copy = await readFile(join(f.drafts, saved.draftId, 'source.xlsx'))
    expect(copy.equals(Buffer.from(ENCRYPTED))).toBe(true)
    expect([...copy.subarray(0, 8)]).toEqual(CFB_MAGIC)
    expect(copy.subarray(0, 2).toString('latin1')).not.toBe('PK')

    // No lead text of the decrypted sheet anywhere in the folder, nor the password.
    const { words } = await plaintextSample()
    expect(words.length).toBeGreaterThan(0)
    const onDisk = Buffer.concat(await everyFile(f.drafts)).toString('latin1')
    for (const word of words) expect(onDisk).not.toContain(word)
    expect(await everyFileText(f.drafts)).not.toContain('senha123')

    const list = await f.data<DraftSummary[]>('drafts:list')
    expect(list).toEqual([
      expect.objectContaining({ draftId: saved.draftId, protected: true, sourceAvailable: true })
    ])
    const opened = await f.data<DraftOpened>('drafts:open', { draftId: saved.draftId })
    expect(opened.draft.source.protected).toBe(true)
    expect(Buffer.from(opened.source.bytes).equals(Buffer.from(ENCRYPTED))).toBe(true)
  })

  it('never stores decrypted bytes: not for a protected source, not under another hash', async () => {
    f = await draftsFolder()
    const { decrypted } = await plaintextSample()
    // The page names the encrypted file but sends the decrypted bytes: refused, nothing written.
    const first = await f.data<DraftSaved>('drafts:save', { draft: protectedDraft() })
    expect(first.sourceStored).toBe(false)
    const wrong = await f.call('drafts:save', {
      draftId: first.draftId,
      draft: protectedDraft(),
      sourceBytes: decrypted
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    expect(await f.names(first.draftId)).toEqual(['draft.json'])

    // Even declared by their own hash, decrypted (zip) bytes are no protected draft's copy.
    const declared = { ...fullDraft(), source: sourceOf(decrypted, NAME, true) }
    const refused = await f.call('drafts:save', {
      draftId: first.draftId,
      draft: declared,
      sourceBytes: decrypted
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    expect(await f.names(first.draftId)).toEqual(['draft.json'])

    // A decrypted file on disk under the remembered path is not copied for a protected source.
    const path = await f.userFile(NAME, decrypted)
    await f.data('files:remember', { path })
    const again = await f.data<DraftSaved>('drafts:save', {
      draftId: first.draftId,
      draft: declared
    })
    expect(again.sourceStored).toBe(false)
    expect(await f.names(first.draftId)).toEqual(['draft.json'])

    // The encrypted bytes themselves are stored (a file main never opened).
    const stored = await f.data<DraftSaved>('drafts:save', {
      draftId: first.draftId,
      draft: protectedDraft(),
      sourceBytes: ENCRYPTED
    })
    expect(stored.sourceStored).toBe(true)
    const copy = await readFile(join(f.drafts, first.draftId, 'source.xlsx'))
    expect(copy.equals(Buffer.from(ENCRYPTED))).toBe(true)
  })

  it('an older draft without `protected` still loads, as not protected', () => {
    const { source, ...rest } = fullDraft()
    const { protected: _unused, ...oldSource } = source
    const parsed = Draft.parse({
      ...rest,
      source: oldSource,
      id: 'a'.repeat(24),
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      launchId: null
    })
    expect(parsed.source.protected).toBe(false)
  })
})
