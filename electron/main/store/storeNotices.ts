import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { StoreNotice, type StoreName, type StoreNotices } from '../../../shared/ipc/schemas'
import { writeFileAtomic } from '../platform/atomicWrite'
import { log } from '../log'
import { isMissingFile, storeWriteError } from './storeErrors'

/**
 * What the stores of one user-data folder found damaged this session. The block list's notice
 * is also kept on disk (REVIEW_MARKER) so launches stay blocked across restarts until the user
 * has looked.
 */
const REVIEW_MARKER = 'blocklist.needs-review.json'
const byFolder = new Map<string, Map<StoreName, StoreNotice>>()

const noticesOf = (dir: string): Map<StoreName, StoreNotice> => {
  let notices = byFolder.get(dir)
  if (!notices) byFolder.set(dir, (notices = new Map()))
  return notices
}

export async function recordStoreNotice(dir: string, notice: StoreNotice): Promise<void> {
  noticesOf(dir).set(notice.store, notice)
  log.warn(`[store] ${notice.store} damaged: kept ${notice.kept}, dropped ${notice.dropped}`)
  if (notice.store !== 'blocklist') return
  await writeFileAtomic(join(dir, REVIEW_MARKER), JSON.stringify(notice)).catch((error) =>
    log.warn('[store] could not save the block list review marker:', error)
  )
}

/** The block list notice left by an earlier session (a damaged marker still blocks). */
async function markerNotice(dir: string): Promise<StoreNotice | null> {
  try {
    const text = await readFile(join(dir, REVIEW_MARKER), 'utf8')
    const parsed = StoreNotice.safeParse(JSON.parse(text))
    if (parsed.success) return parsed.data
  } catch (error) {
    if (isMissingFile(error)) return null
  }
  return { store: 'blocklist', kept: 0, dropped: 0, unreadablePart: true, setAsideAs: null }
}

export async function listStoreNotices(dir: string): Promise<StoreNotices> {
  const notices = noticesOf(dir)
  const fromMarker = notices.has('blocklist') ? null : await markerNotice(dir)
  const all = [...notices.values(), ...(fromMarker ? [fromMarker] : [])]
  return { notices: all, blockListNeedsReview: all.some((n) => n.store === 'blocklist') }
}

/** For the launch review: true while a damaged block list has not been looked at. */
export async function blockListNeedsReview(dir: string): Promise<boolean> {
  return (await listStoreNotices(dir)).blockListNeedsReview
}

/** The user has seen the notice: it goes, and for the block list launches are unblocked. */
export async function acknowledgeStoreNotice(dir: string, store: StoreName): Promise<StoreNotices> {
  noticesOf(dir).delete(store)
  if (store === 'blocklist')
    await rm(join(dir, REVIEW_MARKER), { force: true }).catch((error: unknown) => {
      throw storeWriteError(error)
    })
  return listStoreNotices(dir)
}
