import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { LaunchErrorInfo, PartStatus } from '../../../shared/ipc/launch'
import { LaunchPlan, LaunchProvider, LaunchSource } from '../../../shared/launch/types'
import { writeFileAtomic } from '../platform/atomicWrite'

/**
 * The launch journal: one file per launch, `<userData>/launches/<launchId>.json`, written
 * atomically before and after every request, so that whatever happens (a crash, a lost
 * response, the laptop closing) the next run knows which parts exist, which do not, and
 * which must be looked up before anything is sent again. The plan is stored once beside it
 * (`<launchId>.plan.json`) so that the app can resume a launch the CLI began, and back; the
 * plan's `source` (the user's own columns per launched lead, and the choices made) goes to
 * `<launchId>.source.json`, for Campanhas only.
 * Nothing secret is ever written here: tokens are not an input to anything in this file.
 */

export const JOURNAL_VERSION = 1

export const PartJournal = z.object({
  part: z.int().positive(),
  name: z.string(),
  recipients: z.int().nonnegative(),
  status: PartStatus,
  /** POSTs made for this part, in all runs. */
  attempts: z.int().nonnegative(),
  /** When the last POST began (ISO): a lookup only trusts campaigns created after it. */
  sendingAt: z.string().nullable(),
  campaignId: z.string().nullable(),
  error: LaunchErrorInfo.nullable(),
  updatedAt: z.string()
})
export type PartJournal = z.infer<typeof PartJournal>

/** Kinbox: the leads file is hosted first; a resume reuses it while its URL is valid. */
export const UploadStep = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending') }),
  z.object({
    status: z.literal('done'),
    key: z.string(),
    url: z.string(),
    /** null: the URL does not expire (a file the user hosts). */
    expiresAt: z.string().nullable(),
    uploadedAt: z.string()
  })
])
export type UploadStep = z.infer<typeof UploadStep>

export const LaunchJournal = z.object({
  version: z.literal(JOURNAL_VERSION),
  launchId: z.string(),
  provider: LaunchProvider,
  name: z.string(),
  sourceFile: z.string(),
  /** Set for a launch made distinct on purpose (`--new`); part of the id. */
  nonce: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  recipients: z.int().nonnegative(),
  upload: UploadStep.nullable(),
  parts: z.array(PartJournal).min(1),
  /** What stopped the last run outside any part (the upload, a lock). */
  error: LaunchErrorInfo.nullable(),
  /** Launched in simulation mode: its campaigns exist only in the in-app simulation. */
  simulated: z.literal(true).optional()
})
export type LaunchJournal = z.infer<typeof LaunchJournal>

export class JournalCorruptError extends Error {
  constructor(
    readonly path: string,
    detail: string
  ) {
    super(`launch journal ${path} is unreadable: ${detail}`)
    this.name = 'JournalCorruptError'
  }
}

export function newJournal(
  plan: LaunchPlan,
  launchId: string,
  nonce: string | null,
  at: string
): LaunchJournal {
  return {
    version: JOURNAL_VERSION,
    launchId,
    provider: plan.provider,
    name: plan.name,
    sourceFile: plan.sourceFile,
    nonce,
    createdAt: at,
    updatedAt: at,
    recipients: plan.recipients,
    upload: plan.provider === 'kinbox' ? { status: 'pending' } : null,
    parts: plan.parts.map((part) => ({
      part: part.part,
      name: part.body.name,
      recipients: part.rows.length,
      status: 'pending',
      attempts: 0,
      sendingAt: null,
      campaignId: null,
      error: null,
      updatedAt: at
    })),
    error: null,
    ...(plan.simulated === true && { simulated: true as const })
  }
}

export interface JournalStore {
  dir: string
  journalPath(launchId: string): string
  lockPath(launchId: string): string
  read(launchId: string): Promise<LaunchJournal | null>
  write(journal: LaunchJournal): Promise<void>
  /** The plan as sent, without its `source`. */
  readPlan(launchId: string): Promise<LaunchPlan | null>
  /** Writes the plan's `source` (if any) beside it, then the plan without it. */
  writePlan(launchId: string, plan: LaunchPlan): Promise<void>
  /** The user's columns and choices at launch time; null for a launch made without them. */
  readSource(launchId: string): Promise<LaunchSource | null>
  /** Every launch id with a journal here, newest file name order not guaranteed. */
  list(): Promise<string[]>
}

const JOURNAL_FILE = /^([0-9a-f]{8,64})\.json$/

/** `dir` is `<userData>/launches`. */
export function createJournalStore(dir: string): JournalStore {
  const journalPath = (id: string) => join(dir, `${id}.json`)
  const planPath = (id: string) => join(dir, `${id}.plan.json`)
  const sourcePath = (id: string) => join(dir, `${id}.source.json`)

  async function readJson(path: string): Promise<unknown> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
    try {
      return JSON.parse(text) as unknown
    } catch {
      throw new JournalCorruptError(path, 'not JSON')
    }
  }

  async function readChecked<T>(path: string, schema: z.ZodType<T>): Promise<T | null> {
    const json = await readJson(path)
    if (json === undefined) return null
    const parsed = schema.safeParse(json)
    if (!parsed.success) throw new JournalCorruptError(path, z.prettifyError(parsed.error))
    return parsed.data
  }

  return {
    dir,
    journalPath,
    lockPath: (id) => join(dir, `${id}.lock`),
    read: (id) => readChecked(journalPath(id), LaunchJournal),
    write: (journal) =>
      writeFileAtomic(journalPath(journal.launchId), JSON.stringify(journal, null, 2)),
    async readPlan(id) {
      const plan = await readChecked(planPath(id), LaunchPlan)
      if (plan !== null) delete plan.source
      return plan
    },
    async writePlan(id, plan) {
      const { source, ...sent } = plan
      if (source !== undefined) await writeFileAtomic(sourcePath(id), JSON.stringify(source))
      await writeFileAtomic(planPath(id), JSON.stringify(sent))
    },
    readSource: (id) => readChecked(sourcePath(id), LaunchSource),
    async list() {
      let names: string[]
      try {
        names = await readdir(dir)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
        throw error
      }
      return names.flatMap((name) => {
        const id = JOURNAL_FILE.exec(name)?.[1]
        return id === undefined ? [] : [id]
      })
    }
  }
}
