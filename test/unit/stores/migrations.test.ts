import { afterEach, describe, expect, it, vi } from 'vitest'
import { storeFolder, type StoreFolder } from './storeFolder'

let f: StoreFolder | null = null
afterEach(async () => {
  await f?.remove()
})

const PRESET = {
  name: 'Meu CRM',
  provider: 'integra',
  headerSignature: 'nome|celular',
  mapping: { phone: 'Celular', variables: { nome: { column: 'Nome' } } },
  savedAt: '2025-11-02T10:00:00.000Z'
}

/** The files LeadPrep 0.1 wrote (schema v0: the bare data, no version). */
const V0_FILES = {
  'settings.json': { language: 'en' },
  'presets.json': [PRESET],
  'blocklist.json': { numbers: ['+5511987654321'], updatedAt: '2025-11-01T09:00:00.000Z' },
  'recent.json': [
    { path: '/tmp/leads.csv', name: 'leads.csv', openedAt: '2025-11-03T08:00:00.000Z' }
  ]
}

describe('store schema versions', () => {
  it('v0 files (LeadPrep 0.1) read whole, with no damage notice', async () => {
    f = await storeFolder()
    for (const [name, data] of Object.entries(V0_FILES)) await f.put(name, JSON.stringify(data))
    expect(await f.data('stores:notices')).toEqual({ notices: [], blockListNeedsReview: false })
    expect(await f.data('settings:get')).toEqual({ language: 'en' })
    expect(await f.data('presets:list')).toEqual([PRESET])
    expect(await f.data('blocklist:get')).toEqual(V0_FILES['blocklist.json'])
    expect(await f.data('files:recent-list')).toEqual([
      expect.objectContaining({ name: 'leads.csv', openedAt: '2025-11-03T08:00:00.000Z' })
    ])
  })

  it('the next save writes v1, and v1 reads back the same (settings and presets survive updates)', async () => {
    f = await storeFolder()
    await f.put('settings.json', JSON.stringify(V0_FILES['settings.json']))
    await f.put('presets.json', JSON.stringify(V0_FILES['presets.json']))
    await f.data('settings:update', {})
    const { savedAt: _savedAt, ...second } = { ...PRESET, name: 'Outro' }
    await f.data('presets:save', second)

    expect(await f.json('settings.json')).toEqual({ schemaVersion: 1, data: { language: 'en' } })
    const presets = (await f.json('presets.json')) as { schemaVersion: number; data: unknown[] }
    expect(presets.schemaVersion).toBe(1)
    expect(presets.data[0]).toEqual(PRESET)
    expect(presets.data).toHaveLength(2)

    vi.resetModules()
    const { storeFolder: freshFolder } = await import('./storeFolder')
    const again = await freshFolder()
    try {
      await again.put('settings.json', await f.text('settings.json'))
      await again.put('presets.json', await f.text('presets.json'))
      expect(await again.data('settings:get')).toEqual({ language: 'en' })
      expect(await again.data('presets:list')).toEqual(presets.data)
      expect(await again.data('stores:notices')).toEqual({
        notices: [],
        blockListNeedsReview: false
      })
    } finally {
      await again.remove()
    }
  })
})
