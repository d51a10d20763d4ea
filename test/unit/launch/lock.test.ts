/**
 * One process per journal: the lock is taken atomically, names its holder, refuses a second
 * taker while the holder lives, and is taken over when its process is gone — by exactly one
 * of several processes racing for it.
 */
import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  acquireLaunchLock,
  isLaunchLocked,
  LaunchLockedError
} from '../../../electron/main/launch/lock'
import { tempDir } from './launchTestKit'

let folder: Awaited<ReturnType<typeof tempDir>>
let path: string
beforeEach(async () => {
  folder = await tempDir()
  path = join(folder.dir, 'abc.lock')
})
afterEach(() => folder.remove())

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await new Promise((resolve) => child.on('exit', resolve))
  return child.pid!
}

describe('launch lock', () => {
  it('holds pid, hostname and start time, and refuses a second taker with launch_locked', async () => {
    const lock = await acquireLaunchLock(path)
    const held = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
    expect(held).toMatchObject({ pid: process.pid, hostname: hostname() })
    expect(typeof held['startedAt']).toBe('string')
    const second = await acquireLaunchLock(path).catch((e: unknown) => e)
    expect(second).toBeInstanceOf(LaunchLockedError)
    expect(second).toMatchObject({ code: 'launch_locked', holder: { pid: process.pid } })
    expect(await isLaunchLocked(path)).toBe(true)
    await lock.release()
    expect(await isLaunchLocked(path)).toBe(false)
    const again = await acquireLaunchLock(path)
    await again.release()
  })

  it('takes over a lock whose process is dead', async () => {
    const pid = await deadPid()
    const stale = { pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00Z', token: 'old' }
    await writeFile(path, JSON.stringify(stale))
    expect(await isLaunchLocked(path)).toBe(false)
    const lock = await acquireLaunchLock(path)
    expect(lock.holder.pid).toBe(process.pid)
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid })
    await lock.release()
  })

  it('respects a lock from another host, whose process cannot be checked from here', async () => {
    const pid = await deadPid()
    const other = { pid, hostname: 'outro-notebook', startedAt: '2026-01-01T00:00:00Z', token: 't' }
    await writeFile(path, JSON.stringify(other))
    await expect(acquireLaunchLock(path)).rejects.toBeInstanceOf(LaunchLockedError)
  })

  it('lets exactly one of many racing takers have a stale lock', async () => {
    const pid = await deadPid()
    await writeFile(
      path,
      JSON.stringify({ pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00Z', token: 'x' })
    )
    // Distinct fake pids, all "alive", so each taker sees the others' locks as live.
    const takers = Array.from({ length: 8 }, (_, i) =>
      acquireLaunchLock(path, { pid: 100_000 + i, isAlive: (p) => p !== pid }).then(
        (lock) => lock,
        (error: unknown) => error
      )
    )
    const results = await Promise.all(takers)
    const winners = results.filter((r) => !(r instanceof LaunchLockedError))
    expect(winners).toHaveLength(1)
    expect(results.filter((r) => r instanceof LaunchLockedError)).toHaveLength(7)
    expect((await readdir(folder.dir)).sort()).toEqual(['abc.lock'])
  })

  it('does not remove a lock it no longer owns', async () => {
    const lock = await acquireLaunchLock(path)
    const pid = await deadPid()
    await writeFile(path, JSON.stringify({ ...lock.holder, pid, token: 'someone-else' }))
    await lock.release()
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ token: 'someone-else' })
  })
})
