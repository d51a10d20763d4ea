/**
 * What must hold whatever the page or a crash does: only the trusted page, only well-formed
 * requests, no path from the page, no token in a draft, and a killed write leaves the
 * previous draft readable (its temp file cleaned at the next start).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DraftOpened, DraftSaved, DraftSummary } from '../../../shared/ipc/drafts'
import { CSV, TOKEN, draftsFolder, everyFileText, fullDraft, type DraftsFolder } from './draftsKit'

let f: DraftsFolder
afterEach(async () => {
  await f?.remove()
})

const CHANNELS = [
  'drafts:save',
  'drafts:list',
  'drafts:open',
  'drafts:duplicate',
  'drafts:delete',
  'drafts:mark-launched'
]

describe('the handler table', () => {
  it.each([
    ['another site', { url: 'https://evil.example/', isMainFrame: true }],
    ['a subframe of the app', { url: 'app://leadprep/index.html', isMainFrame: false }],
    ['a file:// page', { url: 'file:///tmp/x.html', isMainFrame: true }],
    ['no frame at all', null]
  ])('refuses %s on every drafts channel, before reading the payload', async (_, sender) => {
    f = await draftsFolder()
    for (const channel of CHANNELS) {
      const result = await f.call(channel, { draft: fullDraft(), sourceBytes: CSV }, sender)
      expect(result).toEqual({ ok: false, error: { code: 'forbidden_sender' } })
    }
    expect(await readdir(f.dir)).not.toContain('drafts')
  })

  it.each([
    ['no draft', 'drafts:save', {}],
    ['a path instead of bytes', 'drafts:save', { draft: fullDraft(), sourcePath: '/etc/passwd' }],
    ['bytes that are not bytes', 'drafts:save', { draft: fullDraft(), sourceBytes: [1, 2, 3] }],
    ['a draftId that climbs out', 'drafts:save', { draftId: '../../x', draft: fullDraft() }],
    ['an id it made up', 'drafts:save', { draft: { ...fullDraft(), id: 'a'.repeat(24) } }],
    [
      'a launchId from the page',
      'drafts:save',
      { draft: { ...fullDraft(), launchId: 'a'.repeat(24) } }
    ],
    ['a token field', 'drafts:save', { draft: { ...fullDraft(), token: TOKEN } }],
    [
      'a token in the account',
      'drafts:save',
      { draft: { ...fullDraft(), account: { token: TOKEN } } }
    ],
    [
      'a bad sha256',
      'drafts:save',
      { draft: { ...fullDraft(), source: { fileName: 'a.csv', size: 1, sha256: 'x' } } }
    ],
    [
      'a cell edit keyed by a word',
      'drafts:save',
      { draft: { ...fullDraft(), cellEdits: { abc: { phone: '1' } } } }
    ],
    ['a negative exclusion', 'drafts:save', { draft: { ...fullDraft(), exclusions: [-1] } }],
    ['an unknown step', 'drafts:save', { draft: { ...fullDraft(), stepReached: 'done' } }],
    ['a list with a payload', 'drafts:list', { all: true }],
    ['open without an id', 'drafts:open', {}],
    ['open with a path', 'drafts:open', { draftId: '/home/ana/leads.csv' }],
    ['duplicate with extra fields', 'drafts:duplicate', { draftId: 'a'.repeat(24), name: 'x' }],
    ['delete with a wildcard', 'drafts:delete', { draftId: '*' }],
    ['mark-launched without a launch', 'drafts:mark-launched', { draftId: 'a'.repeat(24) }],
    [
      'mark-launched with a bad launch id',
      'drafts:mark-launched',
      { draftId: 'a'.repeat(24), launchId: 'x' }
    ]
  ])('refuses %s (invalid_request), writing nothing', async (_, channel, payload) => {
    f = await draftsFolder()
    const result = await f.call(channel, payload)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    expect(await readdir(f.dir)).not.toContain('drafts')
  })
})

describe('a draft never contains a token', () => {
  it('whatever is saved, duplicated or launched, no file under drafts/ holds the token', async () => {
    f = await draftsFolder()
    // The keychain holds a token (the table's secret store answers it to anyone who asks).
    const { draftId } = await f.data<DraftSaved>('drafts:save', {
      draft: fullDraft(),
      sourceBytes: CSV
    })
    await f.data('drafts:duplicate', { draftId })
    await f.data('drafts:mark-launched', { draftId, launchId: 'c'.repeat(24) })
    await f.data('drafts:list')
    const text = await everyFileText(f.drafts)
    expect(text).toContain('Black Friday')
    expect(text).not.toContain(TOKEN)
    expect(text).not.toMatch(/token|secret|password/i)
  })
})

describe('a write killed halfway', () => {
  it('leaves the previous draft readable; its temp file is cleaned at the next start', async () => {
    f = await draftsFolder()
    const { draftId } = await f.data<DraftSaved>('drafts:save', {
      draft: { ...fullDraft(), campaignName: 'antes' },
      sourceBytes: CSV
    })
    // What a power cut during the next save leaves: a partial temp file beside the real one,
    // a partial source copy, and a folder a delete did not finish.
    const folder = join(f.drafts, draftId)
    await writeFile(
      join(folder, '.draft.json.0123456789ab.tmp'),
      '{"schemaVersion": 1, "data": {"so'
    )
    await writeFile(join(folder, '.source.csv.ba9876543210.tmp'), CSV.subarray(0, 10))
    await mkdir(join(f.drafts, `.deleting-${'d'.repeat(24)}-0a0b0c0d`))
    await writeFile(join(f.drafts, `.deleting-${'d'.repeat(24)}-0a0b0c0d`, 'draft.json'), '{}')

    // A new process: the module state (what was cleaned this run) starts over.
    vi.resetModules()
    const { createDraftsStore } = await import('../../../electron/main/drafts/draftsStore')
    const store = createDraftsStore(f.dir)
    const list = await store.list()
    expect(list.map((d: DraftSummary) => [d.draftId, d.campaignName])).toEqual([[draftId, 'antes']])
    expect(await readdir(folder)).toEqual(['draft.json', 'source.csv'])
    expect(await readdir(f.drafts)).toEqual([draftId])
    const opened: DraftOpened = await store.open(draftId)
    expect(Buffer.from(opened.source.bytes).equals(Buffer.from(CSV))).toBe(true)
  })
})
