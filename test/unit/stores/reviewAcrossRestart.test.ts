import { afterEach, describe, expect, it, vi } from 'vitest'
import { storeFolder, type StoreFolder } from './storeFolder'

let f: StoreFolder | null = null
afterEach(async () => {
  await f?.remove()
})

describe('a damaged block list, after a restart', () => {
  it('still blocks launches until the user acknowledges it', async () => {
    f = await storeFolder()
    await f.put('blocklist.json', '{"numbers": ["+5511987654321", "+55"]}')
    const first = await f.data<{ notices: { setAsideAs: string }[] }>('stores:notices')

    // A new process: nothing in memory, only what is on disk.
    vi.resetModules()
    const restarted = await import('../../../electron/main/store/storeNotices')
    expect(await restarted.blockListNeedsReview(f.dir)).toBe(true)
    expect((await restarted.listStoreNotices(f.dir)).notices).toEqual(first.notices)

    await restarted.acknowledgeStoreNotice(f.dir, 'blocklist')
    vi.resetModules()
    const again = await import('../../../electron/main/store/storeNotices')
    expect(await again.blockListNeedsReview(f.dir)).toBe(false)
  })
})
