import { readFile, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { basename, join } from 'node:path'
import { z } from 'zod'
import type { RecentFile } from '../../../shared/ipc/schemas'
import { writeFileAtomic } from '../platform/atomicWrite'

const MAX_RECENT = 10

const StoredRecent = z.object({ path: z.string(), name: z.string(), openedAt: z.string() })
type StoredRecent = z.infer<typeof StoredRecent>

export interface RecentFilesStore {
  list(): Promise<RecentFile[]>
  remember(path: string, name?: string): Promise<RecentFile[]>
  /** The stored path behind an id the renderer was given (paths never reach the renderer). */
  pathOf(id: string): Promise<string | null>
}

const idOf = (path: string): string => createHash('sha256').update(path).digest('hex').slice(0, 16)

/** "Recentes": the last files opened, by path, in recent.json (written atomically). */
export function createRecentFilesStore(
  userDataDir: string,
  now = () => new Date()
): RecentFilesStore {
  const file = join(userDataDir, 'recent.json')

  async function load(): Promise<StoredRecent[]> {
    try {
      const parsed = z.array(StoredRecent).safeParse(JSON.parse(await readFile(file, 'utf8')))
      return parsed.success ? parsed.data : []
    } catch {
      return []
    }
  }

  async function describe(entry: StoredRecent): Promise<RecentFile> {
    const info = await stat(entry.path).catch(() => null)
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
    async remember(path, name) {
      const entry = { path, name: name || basename(path), openedAt: now().toISOString() }
      const rest = (await load()).filter((e) => e.path !== path)
      await writeFileAtomic(file, JSON.stringify([entry, ...rest].slice(0, MAX_RECENT), null, 2))
      return list()
    },
    async pathOf(id) {
      return (await load()).find((e) => idOf(e.path) === id)?.path ?? null
    }
  }
}
