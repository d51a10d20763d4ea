import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import {
  DRAFT_ID_PATTERN,
  Draft,
  DraftSource,
  emptyDraftContent,
  type DraftContent,
  type DraftOpened,
  type DraftSaved,
  type DraftSummary
} from '../../../shared/ipc/drafts'
import type { StoreNotice } from '../../../shared/ipc/schemas'
import { HandlerError } from '../ipc/errors'
import { log } from '../log'
import { writeFileAtomic } from '../platform/atomicWrite'
import { parseLenient } from '../store/lenientJson'
import { salvageArray } from '../store/salvage'
import { isMissingFile, storeWriteError } from '../store/storeErrors'
import { recordStoreNotice } from '../store/storeNotices'
import { migrate, unwrapVersioned, wrapVersioned, type Migrations } from '../store/versioned'
import { serialized } from '../store/writeQueue'
import {
  copySourceVerified,
  hasSourceCopy,
  readSourceCopy,
  recentSourceCandidates,
  sourceFileName,
  writeSourceBytes,
  type SourceCandidates
} from './draftSource'

/**
 * Drafts in the user-data folder: `drafts/<draftId>/draft.json` (versioned, written atomically)
 * and the lead file copied beside it (`source.<ext>`). Everything done to one draft runs in
 * that draft's queue (writeQueue), so rapid saves land one after the other and the last one
 * wins; a save never interleaves with another's partial write. A damaged draft.json is
 * repaired field by field (the original copied aside as `draft.json.damaged-<time>`), or,
 * when nothing of it can be trusted, the whole folder is set aside as
 * `<draftId>.damaged-<time>`: a store notice says so, and the other drafts still list.
 */
export const DRAFTS_FOLDER = 'drafts'
export const DRAFT_FILE = 'draft.json'

/** migrations[n] turns version n's data into version n + 1 (drafts start at version 1). */
const DRAFT_MIGRATIONS: Migrations = [(v0) => v0]

/** writeFileAtomic's and copySourceVerified's temp names. */
const LEFTOVER_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/
const DELETING = /^\.deleting-/

export interface DraftsStore {
  save(request: {
    draftId?: string | undefined
    draft: DraftContent
    sourceBytes?: Uint8Array | undefined
  }): Promise<DraftSaved>
  /** Newest first; damaged drafts are repaired or set aside (one store notice). */
  list(): Promise<DraftSummary[]>
  open(draftId: string): Promise<DraftOpened>
  duplicate(draftId: string, nameSuffix: string): Promise<DraftSummary>
  remove(draftId: string): Promise<DraftSummary[]>
  markLaunched(draftId: string, launchId: string): Promise<DraftSummary>
  /** The draft a launch was made from (the newest, should a resumed one be kept twice). */
  forLaunch(launchId: string): Promise<{ draft: Draft; sourceAvailable: boolean } | null>
}

export interface DraftsStoreOptions {
  now?: () => Date
  newId?: () => string
  /** Files main opened itself that may be a draft's source (default: recent.json's). */
  sourceCandidates?: SourceCandidates
}

/** What reading one draft found. */
type Loaded =
  | { kind: 'missing' }
  | { kind: 'ok'; draft: Draft; damage: Damage | null }
  | { kind: 'setAside'; damage: Damage }

interface Damage {
  dropped: number
  unreadablePart: boolean
  setAsideAs: string | null
}

// Leftovers of a killed run are removed once per folder and process, before any other work.
const cleaned = new Map<string, Promise<void>>()
const stamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-')
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export function createDraftsStore(
  userDataDir: string,
  options: DraftsStoreOptions = {}
): DraftsStore {
  const root = join(userDataDir, DRAFTS_FOLDER)
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? (() => randomBytes(12).toString('hex'))
  const candidates = options.sourceCandidates ?? recentSourceCandidates(userDataDir)
  const folderOf = (id: string): string => join(root, id)
  const fileOf = (id: string): string => join(root, id, DRAFT_FILE)
  const sourceOf = (draft: Pick<Draft, 'id' | 'source'>): string =>
    join(root, draft.id, sourceFileName(draft.source.fileName))

  function ready(): Promise<void> {
    let done = cleaned.get(root)
    if (!done) cleaned.set(root, (done = removeLeftovers(root)))
    return done
  }

  /** One draft's queue: the folder's path (saves, opens, copies of one draft in order). */
  const inQueue = <T>(id: string, work: () => Promise<T>): Promise<T> =>
    ready().then(() => serialized(folderOf(id), work))

  async function write(draft: Draft): Promise<void> {
    try {
      await writeFileAtomic(fileOf(draft.id), wrapVersioned(draft))
    } catch (error) {
      throw storeWriteError(error)
    }
  }

  async function load(id: string): Promise<Loaded> {
    let text: string
    try {
      text = await readFile(fileOf(id), 'utf8')
    } catch (error) {
      if (isMissingFile(error)) return { kind: 'missing' }
      throw error
    }
    const parsed = parseLenient(text)
    const salvaged =
      parsed === null ? null : salvageDraft(migrateDraft(parsed.value), id, now().toISOString())
    if (salvaged === null) {
      const setAsideAs = await setFolderAside(id)
      return {
        kind: 'setAside',
        damage: { dropped: 1, unreadablePart: parsed?.repair !== 'none', setAsideAs }
      }
    }
    if (parsed === null || (parsed.repair === 'none' && salvaged.dropped === 0))
      return { kind: 'ok', draft: salvaged.value, damage: null }
    // Repaired: the original is copied aside first; the repaired draft replaces it.
    // A copy that failed leaves the original in place (the repair is not written over it).
    let setAsideAs: string | null = null
    try {
      const name = `${DRAFT_FILE}.damaged-${stamp(now())}`
      await copyFile(fileOf(id), join(folderOf(id), name))
      setAsideAs = name
      await write(salvaged.value)
    } catch (error) {
      log.warn('[drafts] could not set a damaged draft aside or repair it:', error)
    }
    return {
      kind: 'ok',
      draft: salvaged.value,
      damage: {
        dropped: salvaged.dropped,
        unreadablePart: parsed.repair === 'truncated',
        setAsideAs
      }
    }
  }

  /** Nothing of draft.json can be trusted: the folder (source copy included) goes aside whole. */
  async function setFolderAside(id: string): Promise<string | null> {
    const name = `${id}.damaged-${stamp(now())}`
    try {
      await rename(folderOf(id), join(root, name))
      return name
    } catch (error) {
      log.warn('[drafts] could not set a damaged draft aside:', error)
      return null
    }
  }

  async function notify(damages: Damage[], kept: number): Promise<void> {
    if (damages.length === 0) return
    const last = [...damages].reverse().find((d) => d.setAsideAs !== null)
    const notice: StoreNotice = {
      store: 'drafts',
      kept,
      dropped: damages.reduce((n, d) => n + d.dropped, 0),
      unreadablePart: damages.some((d) => d.unreadablePart),
      setAsideAs: last?.setAsideAs ?? null
    }
    await recordStoreNotice(userDataDir, notice)
  }

  /** The draft, or the error drafts:open and friends answer (with its notice recorded). */
  async function loadOrFail(id: string): Promise<Draft> {
    const loaded = await load(id)
    if (loaded.kind === 'missing') throw new HandlerError('draft_not_found')
    if (loaded.kind === 'setAside') {
      await notify([loaded.damage], 0)
      throw new HandlerError('draft_damaged')
    }
    if (loaded.damage) await notify([loaded.damage], 1)
    return loaded.draft
  }

  async function summarize(draft: Draft): Promise<DraftSummary> {
    return {
      draftId: draft.id,
      fileName: draft.source.fileName,
      size: draft.source.size,
      updatedAt: draft.updatedAt,
      stepReached: draft.stepReached,
      leadsCount: draft.leadsCount,
      campaignName: draft.campaignName,
      provider: draft.provider,
      launchId: draft.launchId,
      sourceAvailable: await hasSourceCopy(sourceOf(draft), draft.source),
      protected: draft.source.protected
    }
  }

  /**
   * Makes sure the folder holds this draft's source (true), from bytes or a file main opened.
   * A copy already there is this source's: save removes a copy of any other file first.
   */
  async function storeSource(draft: Draft, bytes: Uint8Array | undefined): Promise<boolean> {
    const target = sourceOf(draft)
    if (await hasSourceCopy(target, draft.source)) return true
    if (bytes !== undefined) await writeSourceBytes(target, bytes, draft.source)
    else {
      let copied = false
      for (const candidate of await candidates(draft.source)) {
        copied = await copySourceVerified(candidate, target, draft.source)
        if (copied) break
      }
      if (!copied) return false
    }
    await removeOtherSources(folderOf(draft.id), sourceFileName(draft.source.fileName))
    return true
  }

  /** Every draft that can be read (damaged ones repaired or set aside, one notice). */
  async function loadAll(): Promise<Draft[]> {
    await ready()
    const names = await readdir(root).catch((error: unknown) => {
      if (isMissingFile(error)) return [] as string[]
      throw error
    })
    const drafts: Draft[] = []
    const damages: Damage[] = []
    for (const name of names.filter((n) => DRAFT_ID_PATTERN.test(n))) {
      const loaded = await serialized(folderOf(name), () => load(name)).catch((error: unknown) => {
        log.warn('[drafts] could not read a draft:', error)
        return { kind: 'missing' } as const
      })
      if (loaded.kind === 'ok') drafts.push(loaded.draft)
      if (loaded.kind !== 'missing' && loaded.damage) damages.push(loaded.damage)
    }
    await notify(damages, drafts.length)
    drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
    return drafts
  }

  async function list(): Promise<DraftSummary[]> {
    return Promise.all((await loadAll()).map(summarize))
  }

  return {
    async save({ draftId, draft: content, sourceBytes }) {
      const id = draftId ?? newId()
      return inQueue(id, async () => {
        const loaded = await load(id)
        const current = loaded.kind === 'ok' ? loaded.draft : null
        if (loaded.kind !== 'missing' && loaded.damage)
          await notify([loaded.damage], loaded.kind === 'ok' ? 1 : 0)
        // What was launched stays as it was sent (Campanhas shows it): edits go to a duplicate.
        if (current?.launchId) throw new HandlerError('draft_launched')
        const at = now().toISOString()
        const draft: Draft = {
          ...content,
          id,
          createdAt: current?.createdAt ?? at,
          updatedAt: at,
          launchId: null
        }
        // Another file than the copy's (or no known copy): the old copy goes before anything
        // else, so a copy in the folder is always the one draft.json names.
        if (current?.source.sha256 !== content.source.sha256)
          await removeOtherSources(folderOf(id), null)
        // The user's choices first: a crash during a long copy keeps them.
        await write(draft)
        const sourceStored = await storeSource(draft, sourceBytes)
        return { draftId: id, updatedAt: at, sourceStored }
      })
    },

    list,

    open: (id) =>
      inQueue(id, async () => {
        const draft = await loadOrFail(id)
        const bytes = await readSourceCopy(sourceOf(draft), draft.source)
        return { draft, source: { name: draft.source.fileName, bytes } }
      }),

    async duplicate(id, nameSuffix) {
      const original = await inQueue(id, () => loadOrFail(id))
      const copyId = newId()
      return inQueue(copyId, async () => {
        const at = now().toISOString()
        const copy: Draft = {
          ...original,
          id: copyId,
          createdAt: at,
          updatedAt: at,
          launchId: null,
          campaignName: `${original.campaignName}${nameSuffix}`.trim().slice(0, 200)
        }
        await mkdir(folderOf(copyId), { recursive: true }).catch((error: unknown) => {
          throw storeWriteError(error)
        })
        // The source first (read in the original's queue), then draft.json: a crash between
        // leaves a folder without draft.json, which is never listed.
        const from = sourceOf(original)
        await inQueue(id, async () => {
          if (await hasSourceCopy(from, original.source))
            await copySourceVerified(from, sourceOf(copy), original.source)
        })
        await write(copy)
        return summarize(copy)
      })
    },

    async remove(id) {
      await inQueue(id, async () => {
        // Renamed first: a crash mid-delete leaves a `.deleting-` folder, cleaned at start.
        const trash = join(root, `.deleting-${id}-${randomBytes(4).toString('hex')}`)
        try {
          await rename(folderOf(id), trash)
        } catch (error) {
          if (isMissingFile(error)) return
          throw storeWriteError(error)
        }
        await rm(trash, { recursive: true, force: true }).catch((error: unknown) =>
          log.warn('[drafts] could not remove a deleted draft folder:', error)
        )
      })
      return list()
    },

    markLaunched: (id, launchId) =>
      inQueue(id, async () => {
        const draft = await loadOrFail(id)
        // A resumed launch keeps its id; a draft is never re-pointed at another launch.
        if (draft.launchId !== null && draft.launchId !== launchId)
          throw new HandlerError('draft_launched')
        const launched: Draft = { ...draft, launchId }
        await write(launched)
        return summarize(launched)
      }),

    async forLaunch(launchId) {
      const draft = (await loadAll()).find((d) => d.launchId === launchId)
      if (!draft) return null
      return { draft, sourceAvailable: await hasSourceCopy(sourceOf(draft), draft.source) }
    }
  }
}

function migrateDraft(parsed: unknown): unknown {
  const { version, data } = unwrapVersioned(parsed)
  return migrate(version, data, DRAFT_MIGRATIONS)
}

type DraftKey = keyof typeof Draft.shape

/**
 * A stored draft checked field by field: a bad field falls back to its empty value alone,
 * Limpar's lists and Mapear's variables entry by entry; an unknown field is dropped (nothing
 * but the draft's own fields is ever written back: no token can ride along). Without a valid
 * `source` nothing can be trusted (null: the folder is set aside). The folder name is the id.
 */
export function salvageDraft(
  data: unknown,
  id: string,
  at: string
): { value: Draft; dropped: number } | null {
  if (!isRecord(data)) return null
  const whole = Draft.safeParse({ ...data, id })
  if (whole.success) return { value: whole.data, dropped: 0 }
  const source = DraftSource.safeParse(data['source'])
  if (!source.success) return null
  const fallback: Draft = {
    ...emptyDraftContent(source.data),
    id,
    createdAt: at,
    updatedAt: at,
    launchId: null
  }
  const value: Record<string, unknown> = { ...fallback }
  let dropped = Object.keys(data).filter((key) => !Object.hasOwn(Draft.shape, key)).length
  for (const key of Object.keys(Draft.shape) as DraftKey[]) {
    if (key === 'id' || key === 'source' || data[key] === undefined) continue
    const field = salvageField(key, data[key])
    if (field.ok) value[key] = field.value
    dropped += field.dropped
  }
  const checked = Draft.safeParse(value)
  return checked.success ? { value: checked.data, dropped } : null
}

function salvageField(
  key: DraftKey,
  raw: unknown
): { ok: true; value: unknown; dropped: number } | { ok: false; dropped: number } {
  const schema = Draft.shape[key] as z.ZodType
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { ok: true, value: parsed.data, dropped: 0 }
  if (key === 'exclusions' || key === 'fieldCountConfirmations') {
    const entries = salvageArray(Draft.shape[key].element, raw)
    return { ok: true, value: entries.value, dropped: Math.max(1, entries.dropped) }
  }
  if (key === 'cellEdits' && isRecord(raw)) {
    const kept: Record<string, unknown> = {}
    for (const [row, cells] of Object.entries(raw)) {
      const one = Draft.shape.cellEdits.safeParse({ [row]: cells })
      if (one.success) Object.assign(kept, one.data)
    }
    const checked = Draft.shape.cellEdits.safeParse(kept)
    if (checked.success)
      return {
        ok: true,
        value: checked.data,
        dropped: Math.max(1, Object.keys(raw).length - Object.keys(kept).length)
      }
  }
  if (key === 'mapping' && isRecord(raw) && Array.isArray(raw['variables'])) {
    const variables = salvageArray(
      Draft.shape.mapping.unwrap().shape.variables.element,
      raw['variables']
    )
    const mapping = Draft.shape.mapping.safeParse({ ...raw, variables: variables.value })
    if (mapping.success)
      return { ok: true, value: mapping.data, dropped: Math.max(1, variables.dropped) }
  }
  return { ok: false, dropped: 1 }
}

async function removeOtherSources(folder: string, keep: string | null): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[])
  const others = names.filter((n) => /^source\.[a-z]+$/.test(n) && n !== keep)
  await Promise.all(others.map((n) => rm(join(folder, n), { force: true })))
}

/** Temp files of writes a crash cut short, and folders a crash left half-deleted. */
async function removeLeftovers(root: string): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[])
  await Promise.all(
    names.map(async (name) => {
      if (DELETING.test(name)) return rm(join(root, name), { recursive: true, force: true })
      if (!DRAFT_ID_PATTERN.test(name)) return
      const inside = await readdir(join(root, name)).catch(() => [] as string[])
      await Promise.all(
        inside
          .filter((n) => LEFTOVER_TEMP.test(n))
          .map((n) => rm(join(root, name, n), { force: true }))
      )
    })
  ).catch((error: unknown) => log.warn('[drafts] could not clean leftovers:', error))
}
