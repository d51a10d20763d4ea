import { afterEach, describe, expect, it } from 'vitest'
import type { StoreNotices } from '../../../shared/ipc/schemas'
import {
  ACCOUNTS_FILE,
  createAccountsStore,
  defaultAccounts
} from '../../../electron/main/accounts/accountsStore'
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

const PROJECT = '11111111-2222-4333-8444-555555555555'

/** LeadPrep ≤ 0.2's accounts.json (no envelope), with the given changes. */
type Loose = { integra: { project_id: string; config: Record<string, unknown> } } & Record<
  string,
  unknown
>
function legacyAccounts(change: (a: Loose) => void): string {
  const accounts = structuredClone(defaultAccounts())
  accounts.integra.project_id = PROJECT
  accounts.kinbox.channelId = 'chan-7'
  change(accounts as unknown as Loose)
  return JSON.stringify(accounts, null, 2)
}

describe('a damaged accounts.json keeps every valid field', () => {
  it('one bad field falls back alone; the original is set aside and the user told', async () => {
    const f = await folder()
    const text = legacyAccounts((a) => {
      a.integra.config['max_concurrent'] = 'muitos'
    })
    await f.put(ACCOUNTS_FILE, text)

    // What Contas (accounts:get) and launches read.
    const view = await createAccountsStore(f.dir).read()
    expect(view.integra.project_id).toBe(PROJECT)
    expect(view.kinbox.channelId).toBe('chan-7')
    expect(view.integra.config.max_concurrent).toBe(defaultAccounts().integra.config.max_concurrent)

    const { notices } = await f.data<StoreNotices>('stores:notices')
    expect(notices).toEqual([
      expect.objectContaining({ store: 'accounts', dropped: 1, unreadablePart: false })
    ])
    const [notice] = notices
    expect(notice?.kept).toBeGreaterThan(10)
    expect(notice?.setAsideAs).toMatch(/^accounts\.json\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z$/)
    expect(await f.text(notice?.setAsideAs ?? '')).toBe(text)
  })

  it('a file cut short is set aside (copied, not lost) with a notice; defaults apply', async () => {
    const f = await folder()
    const text = '{"version":1,"integra":{"project_id":'
    await f.put(ACCOUNTS_FILE, text)
    const { notices } = await f.data<StoreNotices>('stores:notices')
    expect(notices).toEqual([expect.objectContaining({ store: 'accounts', unreadablePart: true })])
    expect(await f.text(notices[0]?.setAsideAs ?? '')).toBe(text)
    expect((await createAccountsStore(f.dir).read()).integra.project_id).toBe('')
  })

  it('a sound file from an older version reads whole, with no notice, and is kept on save', async () => {
    const f = await folder()
    await f.put(
      ACCOUNTS_FILE,
      legacyAccounts(() => undefined)
    )
    expect(await f.data<StoreNotices>('stores:notices')).toEqual({
      notices: [],
      blockListNeedsReview: false
    })
    expect((await createAccountsStore(f.dir).read()).integra.project_id).toBe(PROJECT)
    expect(await f.names()).toEqual([ACCOUNTS_FILE])
  })

  it('leftover .tmp files of accounts.json from a crash are cleaned up at start', async () => {
    const f = await folder()
    await f.put(`.${ACCOUNTS_FILE}.0123456789ab.tmp`, '{"version": 1, "integ')
    await f.put('other.tmp', 'not ours')
    await f.data('stores:notices')
    expect(await f.names()).toEqual(['other.tmp'])
  })
})
