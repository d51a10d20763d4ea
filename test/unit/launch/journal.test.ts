/**
 * The launch journal on disk and the launch id: the same plan is the same launch (so a run
 * again resumes it), anything that changes what is sent is a different one, the journal and
 * its plan round-trip through their zod schemas, and a damaged file is refused, not trusted.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computeLaunchId } from '../../../electron/main/launch/launchId'
import {
  createJournalStore,
  JournalCorruptError,
  newJournal
} from '../../../electron/main/launch/journal'
import type { LaunchPlan } from '../../../shared/launch/types'
import { integraPlan, kinboxPlan, tempDir } from './launchTestKit'

let folder: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (folder = await tempDir()))
afterEach(() => folder.remove())

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).reverse()
  return Object.fromEntries(entries.map(([key, member]) => [key, reverseKeys(member)]))
}

describe('launchId', () => {
  it('is the same for the same plan built twice, and 24 hex characters', () => {
    const id = computeLaunchId(integraPlan(30))
    expect(id).toMatch(/^[0-9a-f]{24}$/)
    expect(computeLaunchId(integraPlan(30))).toBe(id)
  })

  it('changes with the recipients, the name, the provider settings and a nonce', () => {
    const base = computeLaunchId(integraPlan(30))
    expect(computeLaunchId(integraPlan(31))).not.toBe(base)
    expect(computeLaunchId(integraPlan(30, 'Outra campanha'))).not.toBe(base)
    expect(computeLaunchId(integraPlan(30, 'Campanha Dezembro', 1))).not.toBe(base)
    const plan = integraPlan(30)
    const part = plan.parts[0]!
    const changed = {
      ...plan,
      parts: [{ ...part, body: { ...part.body, config: { max_concurrent: 3 } } }]
    } as LaunchPlan
    expect(computeLaunchId(changed)).not.toBe(base)
    expect(computeLaunchId(plan, 'nonce-1')).not.toBe(base)
    expect(computeLaunchId(plan, 'nonce-1')).toBe(computeLaunchId(plan, 'nonce-1'))
  })

  it('does not depend on key order, and for Kinbox covers the leads file cells and target', () => {
    const plan = kinboxPlan(5)
    expect(computeLaunchId(reverseKeys(plan) as LaunchPlan)).toBe(computeLaunchId(plan))
    if (plan.provider !== 'kinbox') throw new Error('kinbox plan expected')
    const cells = plan.leadsFile.rows.map((row) => [...row])
    cells[0]![1] = 'Outro nome'
    const otherFile = { ...plan, leadsFile: { ...plan.leadsFile, rows: cells } }
    expect(computeLaunchId(otherFile)).not.toBe(computeLaunchId(plan))
    const otherBucket = { ...plan, leadsFileTarget: { ...plan.leadsFileTarget, bucket: 'x' } }
    expect(computeLaunchId(otherBucket as LaunchPlan)).not.toBe(computeLaunchId(plan))
  })
})

describe('journal store', () => {
  it('writes the journal and the plan beside it, reads both back, and lists it', async () => {
    const store = createJournalStore(join(folder.dir, 'launches'))
    const plan = integraPlan(25)
    const id = computeLaunchId(plan)
    const journal = newJournal(plan, id, null, '2026-12-01T12:00:00.000Z')
    await store.writePlan(id, plan)
    await store.write(journal)
    expect(await store.read(id)).toEqual(journal)
    expect(await store.readPlan(id)).toEqual(plan)
    expect(await store.list()).toEqual([id])
    expect(journal.parts.map((p) => [p.part, p.status, p.recipients])).toEqual([[1, 'pending', 25]])
    expect(journal.upload).toBeNull()
    const raw = JSON.parse(await readFile(store.journalPath(id), 'utf8')) as { version: number }
    expect(raw.version).toBe(1)
  })

  it('gives a Kinbox journal its own upload step, pending at first', () => {
    const plan = kinboxPlan(3)
    const journal = newJournal(plan, computeLaunchId(plan), null, '2026-12-01T12:00:00.000Z')
    expect(journal.upload).toEqual({ status: 'pending' })
  })

  it('answers null for a launch never started and refuses a damaged journal', async () => {
    const store = createJournalStore(folder.dir)
    expect(await store.read('0123456789abcdef01234567')).toBeNull()
    await writeFile(join(folder.dir, '0123456789abcdef01234567.json'), '{"version":1,"parts":[]}')
    await expect(store.read('0123456789abcdef01234567')).rejects.toBeInstanceOf(JournalCorruptError)
    await writeFile(join(folder.dir, 'abcdefabcdefabcdefabcdef.json'), '{"version":')
    await expect(store.read('abcdefabcdefabcdefabcdef')).rejects.toBeInstanceOf(JournalCorruptError)
  })

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await createJournalStore(join(folder.dir, 'nope')).list()).toEqual([])
  })
})
