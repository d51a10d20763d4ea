import { afterEach, describe, expect, it } from 'vitest'
import type { BlockList, StoreNotices } from '../../../shared/ipc/schemas'
import { blockListNeedsReview } from '../../../electron/main/store/storeNotices'
import { storeFolder, type StoreFolder } from './storeFolder'

const folders: StoreFolder[] = []
afterEach(async () => {
  while (folders.length) await folders.pop()?.remove()
})
async function folder(): Promise<StoreFolder> {
  const f = await storeFolder()
  folders.push(f)
  return f
}

const A = '+5511987654321'
const B = '+5521998765432'
const C = '+5531987651234'

/** Today's (v0) block list file, written the way a user or a crash leaves it. */
const DAMAGED_BLOCK_LISTS: [string, string, { kept: number; dropped: number }][] = [
  ['a BOM', `\uFEFF{"numbers": ["${A}", "${B}"], "updatedAt": null}`, { kept: 2, dropped: 0 }],
  [
    'a trailing comma',
    `{"numbers": ["${A}", "${B}", "${C}",], "updatedAt": null}`,
    { kept: 3, dropped: 0 }
  ],
  [
    'one bad number',
    `{"numbers": ["${A}", "+55 11 9", "${B}", 42], "updatedAt": null}`,
    { kept: 2, dropped: 2 }
  ],
  ['a cut tail', `{"numbers": ["${A}", "${B}", "${C}", "+5541`, { kept: 3, dropped: 0 }]
]

describe('a damaged block list loses nothing', () => {
  it.each(DAMAGED_BLOCK_LISTS)(
    'with %s: valid numbers kept, original set aside, user told',
    async (_what, text, counts) => {
      const f = await folder()
      await f.put('blocklist.json', text)

      const notices = await f.data<StoreNotices>('stores:notices')
      const list = await f.data<BlockList>('blocklist:get')
      const expected = text.includes(C) ? [A, B, C] : [A, B]
      if (_what === 'a BOM') {
        // A BOM is no damage: the list reads whole and nobody is bothered.
        expect(list.numbers).toEqual(expected)
        expect(notices).toEqual({ notices: [], blockListNeedsReview: false })
        return
      }
      expect(list.numbers).toEqual(expected.sort())
      const [notice] = notices.notices
      expect(notice).toMatchObject({ store: 'blocklist', ...counts })
      expect(notice?.setAsideAs).toMatch(/^blocklist\.json\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z$/)
      expect(await f.text(notice?.setAsideAs ?? '')).toBe(text)
      expect(notices.blockListNeedsReview).toBe(true)

      // Saving afterwards keeps both the new list and the damaged original.
      await f.data('blocklist:set', { numbers: [...list.numbers, '+5551987654321'] })
      expect(await f.text(notice?.setAsideAs ?? '')).toBe(text)
      expect((await f.data<BlockList>('blocklist:get')).numbers).toHaveLength(expected.length + 1)
    }
  )

  it('an empty file is damage too: launches wait until the user has looked', async () => {
    const f = await folder()
    await f.put('blocklist.json', '')
    const notices = await f.data<StoreNotices>('stores:notices')
    expect(notices.notices).toEqual([
      expect.objectContaining({ store: 'blocklist', kept: 0, unreadablePart: true })
    ])
    expect(await blockListNeedsReview(f.dir)).toBe(true)

    const after = await f.data<StoreNotices>('stores:acknowledge', { store: 'blocklist' })
    expect(after).toEqual({ notices: [], blockListNeedsReview: false })
    expect(await blockListNeedsReview(f.dir)).toBe(false)
  })

  it('a file that is no JSON at all still gives back every number in it', async () => {
    const f = await folder()
    await f.put('blocklist.json', `numbers: ["${A}"; "${B}"] <<garbage>>`)
    expect((await f.data<BlockList>('blocklist:get')).numbers).toEqual([A, B])
    const { notices } = await f.data<StoreNotices>('stores:notices')
    expect(notices[0]).toMatchObject({ store: 'blocklist', kept: 2, unreadablePart: true })
  })
})

describe('presets, recent files and settings: entry by entry', () => {
  const preset = (name: string) => ({
    name,
    provider: 'kinbox',
    headerSignature: 'nome|telefone',
    mapping: { phone: 'Telefone' },
    savedAt: '2026-01-01T00:00:00.000Z'
  })

  it('one bad preset costs that preset only, and the user is told', async () => {
    const f = await folder()
    await f.put('presets.json', JSON.stringify([preset('A'), { name: '' }, preset('B')]))
    expect((await f.data<{ name: string }[]>('presets:list')).map((p) => p.name)).toEqual([
      'A',
      'B'
    ])
    const { notices } = await f.data<StoreNotices>('stores:notices')
    expect(notices).toEqual([
      expect.objectContaining({ store: 'presets', kept: 2, dropped: 1, unreadablePart: false })
    ])
  })

  it('a preset whose mapping is not a mapping is dropped and reported, not kept', async () => {
    const f = await folder()
    const handEdited = [
      preset('A'),
      { ...preset('B'), mapping: 42 },
      { ...preset('C'), mapping: { anything: 'goes' } },
      { ...preset('D'), mapping: { phone: 'Telefone', message: 'x'.repeat(20_001) } }
    ]
    await f.put('presets.json', JSON.stringify(handEdited))
    expect((await f.data<{ name: string }[]>('presets:list')).map((p) => p.name)).toEqual(['A'])
    const { notices } = await f.data<StoreNotices>('stores:notices')
    expect(notices).toEqual([expect.objectContaining({ store: 'presets', kept: 1, dropped: 3 })])
    expect(await f.text(notices[0]?.setAsideAs ?? '')).toBe(JSON.stringify(handEdited))
  })

  it('a bad setting falls back alone; damaged recent entries go, good ones stay', async () => {
    const f = await folder()
    await f.put('settings.json', '{"language": "klingon"')
    const good = { path: '/tmp/a.csv', name: 'a.csv', openedAt: '2026-01-01T00:00:00.000Z' }
    await f.put('recent.json', JSON.stringify([good, { path: 7 }]))

    const { notices } = await f.data<StoreNotices>('stores:notices')
    expect(notices.map((n) => [n.store, n.kept, n.dropped]).sort()).toEqual([
      ['recent', 1, 1],
      ['settings', 0, 1]
    ])
    expect(await f.data('settings:get')).toEqual({ language: 'pt-BR' })
    expect(await f.data<unknown[]>('files:recent-list')).toHaveLength(1)
    // Names only: the page never learns where the user-data folder is.
    expect(notices.every((n) => n.setAsideAs !== null && !n.setAsideAs.includes('/'))).toBe(true)
    expect((await f.names()).filter((n) => n.includes('.damaged-'))).toHaveLength(2)
  })

  it('four concurrent presets:save keep four presets', async () => {
    const f = await folder()
    const saves = ['A', 'B', 'C', 'D'].map((name) => {
      const { savedAt: _savedAt, ...request } = preset(name)
      return f.data('presets:save', request)
    })
    await Promise.all(saves)
    expect((await f.data<{ name: string }[]>('presets:list')).map((p) => p.name).sort()).toEqual([
      'A',
      'B',
      'C',
      'D'
    ])
  })

  it('leftover .tmp files from a crash are cleaned up at start', async () => {
    const f = await folder()
    await f.put('.presets.json.0123456789ab.tmp', '[{"half": ')
    await f.put('.blocklist.json.ba9876543210.tmp', '')
    await f.put('notes.tmp', 'not ours')
    await f.data('stores:notices')
    expect(await f.names()).toEqual(['notes.tmp'])
  })
})
