import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { LaunchFileHost } from '../launch/leadsUpload'
import { writeFileAtomic } from '../platform/atomicWrite'
import { isMissingFile } from '../store/storeErrors'
import { SIMULATED_FILES_ORIGIN } from './identity'

/**
 * The Kinbox leads file in simulation: "hosted" under a `.invalid` URL, where the simulated
 * Kinbox reads it back. Nothing is uploaded: with a folder the bytes are kept there (so a
 * launch resumed after a restart still finds its file), else in memory.
 */
export interface SimulatedFiles extends LaunchFileHost {
  /** The bytes hosted at `url`, or null (never hosted here, or dropped since). */
  read(url: string): Promise<Uint8Array | null>
}

/** A kept file as the simulation's state lists it; its bytes are `<folder>/<name>`. */
export interface StoredLeadsFile {
  url: string
  name: string
  /** When it was hosted (the simulation's clock, epoch ms). */
  at: number
}

/** The only names a kept file may have (a hand-edited state cannot point elsewhere). */
export const STORED_FILE_NAME = /^[0-9a-f]{32}(\.[a-z0-9]{1,8})?$/

export interface SimulatedFileShelf {
  files: SimulatedFiles
  stored(): StoredLeadsFile[]
  /** Files read back after a restart (listed before any hosted since). */
  restore(kept: readonly StoredLeadsFile[]): void
  /** Forgets these URLs; their bytes on disk are the caller's to remove. */
  drop(urls: Iterable<string>): void
}

interface Entry {
  name: string
  at: number
  /** In memory when there is no folder. */
  bytes: Uint8Array | null
}

function fileName(url: string, key: string): string {
  const extension = /\.[a-z0-9]{1,8}$/.exec(key.toLowerCase())?.[0] ?? ''
  return createHash('sha256').update(url).digest('hex').slice(0, 32) + extension
}

export function createSimulatedFiles(
  options: { folder?: string; now?: () => number; changed?: () => void } = {}
): SimulatedFileShelf {
  const { folder } = options
  const now = options.now ?? Date.now
  const entries = new Map<string, Entry>()
  return {
    files: {
      async upload(key, bytes) {
        const url = `${SIMULATED_FILES_ORIGIN}/${key.split('/').map(encodeURIComponent).join('/')}`
        const name = fileName(url, key)
        if (folder !== undefined) await writeFileAtomic(join(folder, name), bytes)
        entries.set(url, { name, at: now(), bytes: folder === undefined ? bytes.slice() : null })
        options.changed?.()
        return { key, url, expiresAt: null }
      },
      async read(url) {
        const entry = entries.get(url)
        if (entry === undefined) return null
        if (entry.bytes !== null || folder === undefined) return entry.bytes
        try {
          return new Uint8Array(await readFile(join(folder, entry.name)))
        } catch (error) {
          if (isMissingFile(error)) return null
          throw error
        }
      }
    },
    stored: () => [...entries].map(([url, { name, at }]) => ({ url, name, at })),
    restore(kept) {
      const made = [...entries]
      entries.clear()
      for (const { url, name, at } of kept) entries.set(url, { name, at, bytes: null })
      for (const [url, entry] of made) entries.set(url, entry)
    },
    drop(urls) {
      for (const url of urls) entries.delete(url)
    }
  }
}
