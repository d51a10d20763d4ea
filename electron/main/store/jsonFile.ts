import { copyFile, readFile, readdir, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { StoreName } from '../../../shared/ipc/schemas'
import { writeFileAtomic } from '../platform/atomicWrite'
import { log } from '../log'
import { parseLenient } from './lenientJson'
import type { Salvaged } from './salvage'
import { isMissingFile, storeWriteError } from './storeErrors'
import { recordStoreNotice } from './storeNotices'
import { migrate, unwrapVersioned, wrapVersioned, type Migrations } from './versioned'
import { serialized } from './writeQueue'

export interface StoreDefinition<T> {
  store: StoreName
  path: string
  /** The value of a store that has no file yet. */
  fallback(): T
  /** The current version's data, entry by entry: what is valid stays. */
  salvage(data: unknown): Salvaged<T>
  /** Last resort for a file that is not JSON any more (the block list scans for numbers). */
  salvageText?(text: string): Salvaged<T> | null
  migrations?: Migrations
  /** The user-data folder whose notices list this store (default: the file's own folder). */
  noticeDir?: string
}

export interface JsonStore<T> {
  read(): Promise<T>
  write(value: T): Promise<void>
  /** Read-modify-write inside the file's queue: concurrent updates all land. */
  update(change: (current: T) => T): Promise<T>
}

interface Loaded<T> extends Salvaged<T> {
  damaged: boolean
  unreadablePart: boolean
}

const cleanedPaths = new Set<string>()
const stamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-')

/**
 * One JSON document on disk. A damaged file is never silently replaced: what is valid is kept,
 * the original is copied aside (`<name>.damaged-<time>`), and the user gets a notice.
 */
export function jsonFile<T>(definition: StoreDefinition<T>, now = () => new Date()): JsonStore<T> {
  const { path } = definition
  const dir = dirname(path)
  // A damaged file that could not be copied aside must not be overwritten by the next save.
  let unsavedDamage = false

  async function setAside(): Promise<string> {
    const name = `${basename(path)}.damaged-${stamp(now())}`
    await copyFile(path, join(dir, name))
    unsavedDamage = false
    return name
  }

  async function load(): Promise<T> {
    await removeLeftoverTemps(path)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if (isMissingFile(error)) return definition.fallback()
      throw error
    }
    const loaded = interpret(definition, text)
    if (loaded.damaged) await repair(loaded)
    return loaded.value
  }

  async function repair(loaded: Loaded<T>): Promise<void> {
    let setAsideAs: string | null = null
    try {
      setAsideAs = await setAside()
      await writeFileAtomic(path, wrapVersioned(loaded.value))
    } catch (error) {
      unsavedDamage = setAsideAs === null
      log.warn(`[store] could not set ${definition.store} aside or repair it:`, error)
    }
    const { kept, dropped, unreadablePart } = loaded
    await recordStoreNotice(definition.noticeDir ?? dir, {
      store: definition.store,
      kept,
      dropped,
      unreadablePart,
      setAsideAs
    })
  }

  async function save(value: T): Promise<void> {
    try {
      if (unsavedDamage) await setAside()
      await writeFileAtomic(path, wrapVersioned(value))
    } catch (error) {
      throw storeWriteError(error)
    }
  }

  return {
    read: () => serialized(path, load),
    write: (value) => serialized(path, () => save(value)),
    update: (change) =>
      serialized(path, async () => {
        const next = change(await load())
        await save(next)
        return next
      })
  }
}

function interpret<T>(definition: StoreDefinition<T>, text: string): Loaded<T> {
  const parsed = parseLenient(text)
  if (parsed === null) {
    const fromText = definition.salvageText?.(text) ?? null
    const value = fromText ?? { value: definition.fallback(), kept: 0, dropped: 0 }
    return { ...value, damaged: true, unreadablePart: true }
  }
  const { version, data } = unwrapVersioned(parsed.value)
  const salvaged = definition.salvage(migrate(version, data, definition.migrations ?? []))
  return {
    ...salvaged,
    damaged: parsed.repair !== 'none' || salvaged.dropped > 0,
    unreadablePart: parsed.repair === 'truncated'
  }
}

/** Temp files a crash left mid-write (writeFileAtomic's `.<name>.<hex>.tmp`), once per run. */
async function removeLeftoverTemps(path: string): Promise<void> {
  if (cleanedPaths.has(path)) return
  cleanedPaths.add(path)
  const prefix = `.${basename(path)}.`
  const names = await readdir(dirname(path)).catch(() => [] as string[])
  const leftovers = names.filter((n) => n.startsWith(prefix) && /\.[0-9a-f]{12}\.tmp$/.test(n))
  await Promise.all(leftovers.map((n) => rm(join(dirname(path), n), { force: true })))
}
