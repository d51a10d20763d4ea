import { randomBytes } from 'node:crypto'
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { hostname as osHostname } from 'node:os'
import { z } from 'zod'

/**
 * One process per journal: the app and `leadprep launch` share the journals, and two
 * runners on one launch could each send a part. The lock is `<launchId>.lock`, holding who
 * took it. It is created atomically and complete (written to a temp file, then hard-linked
 * into place, which fails if the lock exists), so a reader never sees a half-written lock.
 * A lock whose process is gone (this host, `kill(pid, 0)` → ESRCH) is stale and taken over.
 */

export const LockHolder = z.object({
  pid: z.int(),
  hostname: z.string(),
  startedAt: z.string(),
  /** Distinguishes two holders in one process (the app can hold several launches). */
  token: z.string()
})
export type LockHolder = z.infer<typeof LockHolder>

export class LaunchLockedError extends Error {
  readonly code = 'launch_locked'
  constructor(readonly holder: Omit<LockHolder, 'token'>) {
    super(`launch is locked by pid ${holder.pid} on ${holder.hostname} since ${holder.startedAt}`)
    this.name = 'LaunchLockedError'
  }
}

export interface LaunchLock {
  holder: LockHolder
  release(): Promise<void>
}

export interface LockOptions {
  pid?: number
  hostname?: string
  now?: () => number
  /** Whether `pid` runs on this host; injected by tests. */
  isAlive?: (pid: number) => boolean
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else — alive all the same.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

const MAX_TAKEOVERS = 5

export async function acquireLaunchLock(
  path: string,
  options: LockOptions = {}
): Promise<LaunchLock> {
  const holder: LockHolder = {
    pid: options.pid ?? process.pid,
    hostname: options.hostname ?? osHostname(),
    startedAt: new Date((options.now ?? Date.now)()).toISOString(),
    token: randomBytes(8).toString('hex')
  }
  const isAlive = options.isAlive ?? processIsAlive
  for (let attempt = 0; attempt < MAX_TAKEOVERS; attempt++) {
    if (await tryCreate(path, holder)) return lockOf(path, holder)
    const current = await readHolder(path)
    if (current === 'gone') continue
    if (current !== 'unreadable' && !isStale(current, holder.hostname, isAlive)) {
      throw new LaunchLockedError(publicHolder(current))
    }
    await takeOver(path, current)
  }
  const current = await readHolder(path)
  throw new LaunchLockedError(
    typeof current === 'string' ? { pid: -1, hostname: '?', startedAt: '?' } : publicHolder(current)
  )
}

/** Whether a process holds the lock right now (for listing launches). */
export async function isLaunchLocked(path: string, isAlive = processIsAlive): Promise<boolean> {
  const current = await readHolder(path)
  // An unreadable lock is taken over by the next runner: nobody holds it.
  if (current === 'gone' || current === 'unreadable') return false
  return !isStale(current, osHostname(), isAlive)
}

function publicHolder(holder: LockHolder): Omit<LockHolder, 'token'> {
  const { pid, hostname, startedAt } = holder
  return { pid, hostname, startedAt }
}

function isStale(holder: LockHolder, ourHost: string, isAlive: (pid: number) => boolean): boolean {
  // Another host's process cannot be checked from here: its lock is respected.
  return holder.hostname === ourHost && !isAlive(holder.pid)
}

async function tryCreate(path: string, holder: LockHolder): Promise<boolean> {
  const temp = `${path}.${holder.token}.tmp`
  await writeFile(temp, JSON.stringify(holder), { flush: true })
  try {
    await link(temp, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await rm(temp, { force: true })
  }
}

async function readHolder(path: string): Promise<LockHolder | 'gone' | 'unreadable'> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone'
    throw error
  }
  try {
    const parsed = LockHolder.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : 'unreadable'
  } catch {
    return 'unreadable'
  }
}

/**
 * Moves the stale lock aside under a unique name, then checks that what was moved is the
 * stale lock judged (another process may have taken over and locked in between); if not,
 * the live lock is put back.
 */
async function takeOver(path: string, stale: LockHolder | 'unreadable'): Promise<void> {
  const aside = `${path}.stale-${randomBytes(6).toString('hex')}`
  try {
    await rename(path, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const moved = await readHolder(aside)
  const same =
    stale === 'unreadable'
      ? moved === 'unreadable'
      : typeof moved === 'object' && moved.token === stale.token
  if (!same) {
    await link(aside, path).catch(() => undefined)
  }
  await rm(aside, { force: true })
}

function lockOf(path: string, holder: LockHolder): LaunchLock {
  let released = false
  return {
    holder,
    async release() {
      if (released) return
      released = true
      const current = await readHolder(path)
      // Only our own lock is removed: a takeover after we stalled must not be undone.
      if (typeof current === 'object' && current.token === holder.token)
        await rm(path, { force: true })
    }
  }
}
