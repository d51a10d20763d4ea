/**
 * Drafts through the app's handler table (sender check and zod both ways), on a real folder:
 * the round trip, rapid saves, damaged and missing files, duplicate, delete, mark-launched.
 */
import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DraftOpened, DraftSaved, DraftSummary } from '../../../shared/ipc/drafts'
import type { StoreNotices } from '../../../shared/ipc/schemas'
import { CSV, draftsFolder, fullDraft, sourceOf, type DraftsFolder } from './draftsKit'

let f: DraftsFolder
afterEach(async () => {
  vi.useRealTimers()
  await f?.remove()
})

const saveWithBytes = (draft = fullDraft(), draftId?: string) =>
  f.data<DraftSaved>('drafts:save', { ...(draftId && { draftId }), draft, sourceBytes: CSV })

describe('a draft saved and opened again', () => {
  it('comes back exactly, with the source bytes', async () => {
    f = await draftsFolder()
    const draft = fullDraft()
    const saved = await saveWithBytes(draft)
    expect(saved).toMatchObject({ draftId: expect.stringMatching(/^[0-9a-f]{24}$/) })
    expect(saved.sourceStored).toBe(true)
    expect(await f.names(saved.draftId)).toEqual(['draft.json', 'source.csv'])

    const opened = await f.data<DraftOpened>('drafts:open', { draftId: saved.draftId })
    expect(opened.draft).toEqual({
      ...draft,
      id: saved.draftId,
      createdAt: saved.updatedAt,
      updatedAt: saved.updatedAt,
      launchId: null
    })
    expect(opened.source.name).toBe('leads.csv')
    expect(Buffer.from(opened.source.bytes).equals(Buffer.from(CSV))).toBe(true)

    const stored = JSON.parse(await f.read(saved.draftId, 'draft.json'))
    expect(stored).toMatchObject({ schemaVersion: 1, data: { id: saved.draftId } })
  })

  it('is listed newest first with file, date, step and leads count', async () => {
    f = await draftsFolder()
    // Only the clock is set (timers stay real): the second save is five minutes newer.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-27T12:00:00Z'))
    const first = await saveWithBytes({ ...fullDraft(), stepReached: 'clean', leadsCount: 7 })
    vi.setSystemTime(new Date('2026-11-27T12:05:00Z'))
    const second = await saveWithBytes({ ...fullDraft(), stepReached: 'schedule' })
    const list = await f.data<DraftSummary[]>('drafts:list')
    expect(list.map((d) => d.draftId)).toEqual([second.draftId, first.draftId])
    expect(list[1]).toEqual({
      draftId: first.draftId,
      fileName: 'leads.csv',
      size: CSV.byteLength,
      updatedAt: first.updatedAt,
      stepReached: 'clean',
      leadsCount: 7,
      campaignName: 'Black Friday',
      provider: 'kinbox',
      launchId: null,
      sourceAvailable: true,
      protected: false
    })
  })

  it('copies the source from the file main itself opened, with no bytes from the page', async () => {
    f = await draftsFolder()
    const path = await f.userFile('clientes.csv', CSV)
    // The preload hands main a dropped File's path (webUtils); main remembers it in Recentes.
    await f.data('files:remember', { path })
    const saved = await f.data<DraftSaved>('drafts:save', {
      draft: fullDraft(CSV, 'clientes.csv')
    })
    expect(saved.sourceStored).toBe(true)
    const opened = await f.data<DraftOpened>('drafts:open', { draftId: saved.draftId })
    expect(Buffer.from(opened.source.bytes).equals(Buffer.from(CSV))).toBe(true)
  })

  it('asks for the bytes when main never opened the file (or it changed since)', async () => {
    f = await draftsFolder()
    const path = await f.userFile('clientes.csv', CSV)
    await f.data('files:remember', { path })
    // The file on disk changed after the import: same size, other bytes; main does not copy it.
    const changed = Uint8Array.from(CSV, (b, i) => (i === 5 ? b ^ 1 : b))
    await writeFile(path, changed)
    const draft = fullDraft(CSV, 'clientes.csv')
    const first = await f.data<DraftSaved>('drafts:save', { draft })
    expect(first.sourceStored).toBe(false)
    expect(await f.names(first.draftId)).toEqual(['draft.json'])
    // Bytes that are not the draft's file are refused; the right ones are stored.
    const wrong = await f.call('drafts:save', {
      draftId: first.draftId,
      draft,
      sourceBytes: changed
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    const second = await f.data<DraftSaved>('drafts:save', {
      draftId: first.draftId,
      draft,
      sourceBytes: CSV
    })
    expect(second).toMatchObject({ draftId: first.draftId, sourceStored: true })
    // Later saves need no bytes: the copy is there.
    const third = await f.data<DraftSaved>('drafts:save', { draftId: first.draftId, draft })
    expect(third.sourceStored).toBe(true)
  })

  it('a new source file for the same draft replaces the old copy', async () => {
    f = await draftsFolder()
    const saved = await saveWithBytes()
    const xlsx = new Uint8Array([80, 75, 3, 4, 1, 2, 3])
    await f.data('drafts:save', {
      draftId: saved.draftId,
      draft: fullDraft(xlsx, 'leads.xlsx'),
      sourceBytes: xlsx
    })
    expect(await f.names(saved.draftId)).toEqual(['draft.json', 'source.xlsx'])
  })

  it('another file of the same name and size replaces the copy (the hash tells them apart)', async () => {
    f = await draftsFolder()
    const saved = await saveWithBytes()
    const other = CSV.map((b) => (b === 0x41 ? 0x42 : b))
    const draft = fullDraft(other)
    const first = await f.data<DraftSaved>('drafts:save', { draftId: saved.draftId, draft })
    expect(first.sourceStored).toBe(false)
    expect(await f.names(saved.draftId)).toEqual(['draft.json'])
    await f.data('drafts:save', { draftId: saved.draftId, draft, sourceBytes: other })
    const opened = await f.data<DraftOpened>('drafts:open', { draftId: saved.draftId })
    expect(Buffer.from(opened.source.bytes).equals(Buffer.from(other))).toBe(true)
  })
})

describe('rapid saves', () => {
  it('land one after the other: the last one wins, nothing is half written', async () => {
    f = await draftsFolder()
    const { draftId } = await saveWithBytes()
    const saves = Array.from({ length: 25 }, (_, i) =>
      f.call('drafts:save', {
        draftId,
        draft: { ...fullDraft(), campaignName: `versão ${i}`, leadsCount: i }
      })
    )
    const results = await Promise.all(saves)
    expect(results.every((r) => r.ok)).toBe(true)
    const opened = await f.data<DraftOpened>('drafts:open', { draftId })
    expect(opened.draft).toMatchObject({ campaignName: 'versão 24', leadsCount: 24 })
    expect(await f.names(draftId)).toEqual(['draft.json', 'source.csv'])
    const notices = await f.data<StoreNotices>('stores:notices')
    expect(notices.notices.filter((n) => n.store === 'drafts')).toEqual([])
  })
})

describe('a damaged draft', () => {
  async function twoDrafts() {
    f = await draftsFolder()
    const good = await saveWithBytes({ ...fullDraft(), campaignName: 'boa' })
    const bad = await saveWithBytes({ ...fullDraft(), campaignName: 'estragada' })
    return { good: good.draftId, bad: bad.draftId }
  }

  it('that is not JSON any more is set aside whole, with a notice; the others still list', async () => {
    const { good, bad } = await twoDrafts()
    await f.put('}{ isto não é JSON', bad, 'draft.json')
    const list = await f.data<DraftSummary[]>('drafts:list')
    expect(list.map((d) => d.draftId)).toEqual([good])
    const names = await readdir(f.drafts)
    const aside = names.find((n) => n.startsWith(`${bad}.damaged-`))
    expect(aside).toBeDefined()
    // Set aside, never emptied: the text and the source copy are still there.
    expect(await f.read(aside as string, 'draft.json')).toBe('}{ isto não é JSON')
    expect(await f.names(aside as string)).toContain('source.csv')
    const notices = await f.data<StoreNotices>('stores:notices')
    expect(notices.notices).toContainEqual({
      store: 'drafts',
      kept: 1,
      dropped: 1,
      unreadablePart: true,
      setAsideAs: aside
    })
    expect(await f.call('drafts:open', { draftId: bad })).toMatchObject({
      ok: false,
      error: { code: 'draft_not_found' }
    })
  })

  it('cut short (a crash, a full disk) is repaired or set aside, never silently lost', async () => {
    const { good, bad } = await twoDrafts()
    const text = await f.read(bad, 'draft.json')
    const cut = text.slice(0, Math.floor(text.length * 0.6))
    await f.put(cut, bad, 'draft.json')
    const list = await f.data<DraftSummary[]>('drafts:list')
    expect(list.map((d) => d.draftId)).toContain(good)
    const notice = (await f.data<StoreNotices>('stores:notices')).notices.find(
      (n) => n.store === 'drafts'
    )
    expect(notice).toMatchObject({ unreadablePart: true, setAsideAs: expect.any(String) })
    // The cut original is kept: beside the repaired draft, or as the folder set aside.
    if (list.some((d) => d.draftId === bad)) {
      const aside = (await f.names(bad)).find((n) => n.startsWith('draft.json.damaged-'))
      expect(await f.read(bad, aside as string)).toBe(cut)
    } else {
      const aside = (await readdir(f.drafts)).find((n) => n.startsWith(`${bad}.damaged-`))
      expect(await f.read(aside as string, 'draft.json')).toBe(cut)
    }
  })

  it('hand-edited is repaired field by field: bad entries and unknown fields go, the rest stays', async () => {
    const { bad } = await twoDrafts()
    const stored = JSON.parse(await f.read(bad, 'draft.json'))
    stored.data.exclusions = [1, 'dois', 3]
    stored.data.cellEdits['7'] = { phone: 42 }
    stored.data.token = 'colado-aqui'
    stored.data.keep = 'middle'
    await f.put(JSON.stringify(stored), bad, 'draft.json')
    const opened = await f.data<DraftOpened>('drafts:open', { draftId: bad })
    expect(opened.draft).toMatchObject({
      campaignName: 'estragada',
      exclusions: [1, 3],
      cellEdits: { '0': { phone: '11912345678' }, '1': { name: 'Beatriz', email: 'b@x.com' } },
      keep: 'first',
      message: 'Olá {{leadName}}!'
    })
    expect(opened.draft).not.toHaveProperty('token')
    const names = await f.names(bad)
    const aside = names.find((n) => n.startsWith('draft.json.damaged-'))
    expect(aside).toBeDefined()
    expect(await f.read(bad, aside as string)).toContain('colado-aqui')
    expect(await f.read(bad, 'draft.json')).not.toContain('colado-aqui')
    const notice = (await f.data<StoreNotices>('stores:notices')).notices.find(
      (n) => n.store === 'drafts'
    )
    expect(notice).toMatchObject({ kept: 1, dropped: 4, unreadablePart: false, setAsideAs: aside })
  })

  it('an older, unversioned draft.json is read through the migrations', async () => {
    const { bad } = await twoDrafts()
    const stored = JSON.parse(await f.read(bad, 'draft.json'))
    await f.put(JSON.stringify(stored.data), bad, 'draft.json')
    const opened = await f.data<DraftOpened>('drafts:open', { draftId: bad })
    expect(opened.draft.campaignName).toBe('estragada')
  })
})

describe('the source copy', () => {
  it('gone: drafts:open says so with its own error, the list shows it', async () => {
    f = await draftsFolder()
    const { draftId } = await saveWithBytes()
    await rm(join(f.drafts, draftId, 'source.csv'))
    expect(await f.call('drafts:open', { draftId })).toMatchObject({
      ok: false,
      error: { code: 'draft_source_missing' }
    })
    const [summary] = await f.data<DraftSummary[]>('drafts:list')
    expect(summary).toMatchObject({ draftId, sourceAvailable: false })
  })

  it('changed on disk: drafts:open refuses it as damaged', async () => {
    f = await draftsFolder()
    const { draftId } = await saveWithBytes()
    await writeFile(
      join(f.drafts, draftId, 'source.csv'),
      CSV.map((b) => b ^ 1)
    )
    expect(await f.call('drafts:open', { draftId })).toMatchObject({
      ok: false,
      error: { code: 'draft_source_damaged' }
    })
  })

  it('ipc errors for drafts have pt-BR and English texts', async () => {
    const { ipcErrorsEn, ipcErrorsPtBR } = await import('../../../renderer/src/i18n/ipcErrors')
    for (const code of [
      'draft_not_found',
      'draft_damaged',
      'draft_source_missing',
      'draft_source_damaged',
      'draft_launched'
    ] as const) {
      expect(ipcErrorsPtBR[code].length).toBeGreaterThan(20)
      expect(ipcErrorsEn[code].length).toBeGreaterThan(20)
    }
    expect(ipcErrorsPtBR.draft_source_missing).toMatch(/cópia do arquivo/)
  })
})

describe('duplicate, delete, mark-launched', () => {
  it('duplicate makes a new draft with the source, the name "(cópia)" and no launch', async () => {
    f = await draftsFolder()
    const { draftId } = await saveWithBytes()
    await f.data('drafts:mark-launched', { draftId, launchId: 'a'.repeat(24) })
    const copy = await f.data<DraftSummary>('drafts:duplicate', { draftId })
    expect(copy.draftId).not.toBe(draftId)
    expect(copy).toMatchObject({
      campaignName: 'Black Friday (cópia)',
      launchId: null,
      sourceAvailable: true
    })
    const opened = await f.data<DraftOpened>('drafts:open', { draftId: copy.draftId })
    expect(opened.draft.cellEdits).toEqual(fullDraft().cellEdits)
    expect(Buffer.from(opened.source.bytes).equals(Buffer.from(CSV))).toBe(true)
    f.setLanguage('en')
    const english = await f.data<DraftSummary>('drafts:duplicate', { draftId: copy.draftId })
    expect(english.campaignName).toBe('Black Friday (cópia) (copy)')
  })

  it('delete removes the folder; deleting again is no error; opening it is draft_not_found', async () => {
    f = await draftsFolder()
    const keep = await saveWithBytes()
    const { draftId } = await saveWithBytes()
    const after = await f.data<DraftSummary[]>('drafts:delete', { draftId })
    expect(after.map((d) => d.draftId)).toEqual([keep.draftId])
    expect(await readdir(f.drafts)).toEqual([keep.draftId])
    expect(await f.data('drafts:delete', { draftId })).toHaveLength(1)
    expect(await f.call('drafts:open', { draftId })).toMatchObject({
      ok: false,
      error: { code: 'draft_not_found' }
    })
  })

  it('a launched draft keeps what was sent: saves over it are refused', async () => {
    f = await draftsFolder()
    const { draftId } = await saveWithBytes()
    const launchId = '0123456789abcdef01234567'
    const marked = await f.data<DraftSummary>('drafts:mark-launched', { draftId, launchId })
    expect(marked.launchId).toBe(launchId)
    // Marking again with the same launch (a resume) is fine; another launch is not.
    expect((await f.call('drafts:mark-launched', { draftId, launchId })).ok).toBe(true)
    expect(
      await f.call('drafts:mark-launched', { draftId, launchId: 'f'.repeat(24) })
    ).toMatchObject({ ok: false, error: { code: 'draft_launched' } })
    expect(
      await f.call('drafts:save', { draftId, draft: { ...fullDraft(), campaignName: 'outra' } })
    ).toMatchObject({ ok: false, error: { code: 'draft_launched' } })
    const opened = await f.data<DraftOpened>('drafts:open', { draftId })
    expect(opened.draft).toMatchObject({ campaignName: 'Black Friday', launchId })
    expect(
      await f.call('drafts:mark-launched', { draftId: 'b'.repeat(24), launchId })
    ).toMatchObject({ ok: false, error: { code: 'draft_not_found' } })
  })
})

describe('sizes', () => {
  it('source bytes over the import limit and oversized fields are refused', async () => {
    f = await draftsFolder()
    const draft = fullDraft()
    const tooLong = await f.call('drafts:save', {
      draft: { ...draft, campaignName: 'x'.repeat(201) }
    })
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    const tooMany = await f.call('drafts:save', {
      draft: {
        ...draft,
        mapping: { ...draft.mapping, variables: Array(201).fill(draft.mapping?.variables[0]) }
      }
    })
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    const wrongSize = await f.call('drafts:save', {
      draft: { ...draft, source: { ...sourceOf(CSV), size: 300 * 1024 * 1024 } }
    })
    expect(wrongSize).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    expect(await readdir(f.dir)).not.toContain('drafts')
  })
})
