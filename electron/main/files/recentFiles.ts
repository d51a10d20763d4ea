import { stat } from 'node:fs/promises'
import { createHmac, randomBytes } from 'node:crypto'
import { basename, join } from 'node:path'
import { z } from 'zod'
import type { RecentFile } from '../../../shared/ipc/schemas'
import { jsonFile, type JsonStore } from '../store/jsonFile'
import { salvageArray } from '../store/salvage'
import { recheckChosenFile, type ChosenFile } from './chosenFile'

const MAX_RECENT = 10

// realPath: the file the chosen path led to when remembered (absent in entries from 0.1).
const StoredRecent = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  realPath: z.string().optional()
})
type StoredRecent = z.infer<typeof StoredRecent>

export interface RecentFilesStore {
  list(): Promise<RecentFile[]>
  /** Only files checked by resolveChosenFile (from main's dialog or the preload's webUtils). */
  remember(file: ChosenFile): Promise<RecentFile[]>
  /**
   * The file behind an id the renderer was given (paths never reach the renderer), checked
   * again: null when it is gone, or its link now leads elsewhere.
   */
  fileOf(id: string): Promise<ChosenFile | null>
}

/** recent.json (versioned; v0 is LeadPrep 0.1's bare array): each entry checked on its own. */
export function recentFile(userDataDir: string): JsonStore<StoredRecent[]> {
  return jsonFile({
    store: 'recent',
    path: join(userDataDir, 'recent.json'),
    fallback: () => [],
    salvage: (data) => {
      const salvaged = salvageArray(StoredRecent, data)
      return { ...salvaged, value: salvaged.value.slice(0, MAX_RECENT) }
    },
    // v0 → v1: the same entries, now inside the versioned envelope.
    migrations: [(v0) => v0]
  })
}

// Opaque ids: keyed per run, so the page cannot test a guessed path against them.
const idKey = randomBytes(32)
const idOf = (path: string): string =>
  createHmac('sha256', idKey).update(path).digest('hex').slice(0, 16)

/** "Recentes": the last files opened, by path, in recent.json (written atomically, in order). */
export function createRecentFilesStore(
  userDataDir: string,
  now = () => new Date()
): RecentFilesStore {
  const file = recentFile(userDataDir)
  const load = () => file.read()

  async function describe(entry: StoredRecent): Promise<RecentFile> {
    const chosen = await recheckChosenFile(entry.path, entry.realPath)
    const info = chosen && (await stat(chosen.realPath).catch(() => null))
    return {
      id: idOf(entry.path),
      name: entry.name,
      size: info?.size ?? 0,
      openedAt: entry.openedAt,
      available: info?.isFile() ?? false
    }
  }

  const list = async (): Promise<RecentFile[]> => Promise.all((await load()).map(describe))

  return {
    list,
    async remember({ path, realPath }) {
      const entry = { path, realPath, name: basename(path), openedAt: now().toISOString() }
      await file.update((current) =>
        [entry, ...current.filter((e) => e.path !== path)].slice(0, MAX_RECENT)
      )
      return list()
    },
    async fileOf(id) {
      const entry = (await load()).find((e) => idOf(e.path) === id)
      return entry ? recheckChosenFile(entry.path, entry.realPath) : null
    }
  }
}
