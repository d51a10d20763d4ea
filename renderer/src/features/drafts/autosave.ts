import type { DraftSource, DraftStep } from '../../../../shared/ipc/drafts'
import { DRAFT_STEPS } from '../../../../shared/ipc/drafts'
import { api } from '../../api/client'
import { currentWorker } from '../../worker/leadWorkerHost'
import { useCampaign } from '../campaign/campaignStore'
import { launchableCountOf, useClean } from '../clean/cleanStore'
import { protectedOriginalBytes, useImport } from '../import/importStore'
import { useRuns } from '../launch/runStore'
import { useMap } from '../map/mapStore'
import { useSchedule } from '../schedule/scheduleStore'
import { useNavigation } from '../shell/navigationStore'
import { buildDraftContent, furthestStep } from './draftContent'
import { useDrafts } from './draftsStore'

/**
 * Saves the user's work as a draft while they work (issue 15, "Never lose work"). It READS the
 * stores (subscriptions) and the worker (Limpar's edits); it sets nothing in them. A new file
 * read starts a draft; every later change saves it again, debounced, and at once when the page
 * is hidden or unloaded.
 */

const DEBOUNCE_MS = 1_000

interface Session {
  /** Null until main answered the first save. */
  draftId: string | null
  source: DraftSource
  /** The reading of the file this draft follows (a new file gets a new draft). */
  readId: string
  stepReached: DraftStep
}

let session: Session | null = null
/** A restore is putting a draft back: what it does is not a new draft. */
let restoring = false
let timer: ReturnType<typeof setTimeout> | null = null
/** Saves run one after another (the first answer gives the id the next ones use). */
let queue: Promise<void> = Promise.resolve()
let started = false

const isStep = (screen: string): screen is DraftStep =>
  (DRAFT_STEPS as readonly string[]).includes(screen)

async function save(mine: Session): Promise<void> {
  if (session !== mine || restoring) return
  const worker = currentWorker()
  const table = useImport.getState().table
  if (!worker || !table || table.readId !== mine.readId) return
  useDrafts.getState().setStatus('saving')
  try {
    const limpar = await worker.call('draftLimpar', {})
    const map = useMap.getState()
    const mapped = map.table !== null && map.table.readId === table.readId
    const reached = DRAFT_STEPS.indexOf(mine.stepReached)
    const draft = buildDraftContent({
      source: mine.source,
      importSettings: useImport.getState().settings,
      limpar,
      mapping: mapped ? map : null,
      message: mapped ? map.message : '',
      voicemail: mapped ? map.voicemail : { enabled: false, text: '' },
      schedule: reached >= DRAFT_STEPS.indexOf('schedule') ? useSchedule.getState().form : null,
      provider: useCampaign.getState().provider,
      campaignName: useCampaign.getState().name,
      stepReached: mine.stepReached,
      leadsCount: launchableCountOf(useClean.getState())
    })
    const id = mine.draftId
    const saved = await api('saveDraft', { ...(id !== null && { draftId: id }), draft })
    mine.draftId = saved.draftId
    if (!saved.sourceStored) {
      // Main has no copy of this file (a dropped file): send the bytes once. A protected
      // workbook's are the encrypted file's; the worker's decrypted bytes never leave the page.
      const bytes = mine.source.protected
        ? protectedOriginalBytes(mine.source)
        : (await worker.call('draftSourceBytes', {}))?.bytes
      if (bytes) await api('saveDraft', { draftId: saved.draftId, draft, sourceBytes: bytes })
    }
    if (session === mine && timer === null) useDrafts.getState().setStatus('saved')
  } catch {
    if (session === mine) useDrafts.getState().setStatus('failed')
  }
}

function saveNow(): Promise<void> {
  if (timer !== null) clearTimeout(timer)
  timer = null
  const mine = session
  if (!mine) return queue
  queue = queue.then(() => save(mine))
  return queue
}

function saveSoon(): void {
  if (!session || restoring) return
  if (timer !== null) clearTimeout(timer)
  useDrafts.getState().setStatus('pending')
  timer = setTimeout(() => void saveNow(), DEBOUNCE_MS)
}

/**
 * The file a draft keeps for the table shown: the one read, or, for a password-protected
 * workbook, the original encrypted file (never the decrypted bytes the worker holds).
 */
async function draftSourceOfTable(): Promise<DraftSource | null> {
  const worker = currentWorker()
  if (!worker) return null
  const info = await worker.call('draftSourceInfo', {}).catch(() => null)
  if (!info) return null
  const original = useImport.getState().protectedOriginal
  return original
    ? { fileName: info.fileName, size: original.size, sha256: original.sha256, protected: true }
    : { ...info, protected: false }
}

/** A table arrived: a new file starts a draft; the same file read again keeps its draft. */
async function tableRead(readId: string): Promise<void> {
  const source = await draftSourceOfTable()
  if (!source || restoring || useImport.getState().table?.readId !== readId) return
  const same =
    session !== null &&
    session.source.sha256 === source.sha256 &&
    session.source.fileName === source.fileName
  if (same && session) {
    session.readId = readId
    saveSoon()
    return
  }
  session = { draftId: null, source, readId, stepReached: 'import' }
  await saveNow()
}

/** The draft being saved now (null before an import), for the launch and the restore. */
export function currentDraftId(): string | null {
  return session?.draftId ?? null
}

/** restoreDraft.ts: what happens from `begin` to `end` puts a draft back, it starts none. */
export function beginRestore(): void {
  restoring = true
  if (timer !== null) clearTimeout(timer)
  timer = null
}

/** The restore is over: from here, changes save into `draftId` (null: it failed, no draft). */
export function endRestore(
  restored: { draftId: string; source: DraftSource; step: DraftStep } | null
): void {
  restoring = false
  const table = useImport.getState().table
  if (restored && table) {
    session = {
      draftId: restored.draftId,
      source: restored.source,
      readId: table.readId,
      stepReached: restored.step
    }
    useDrafts.getState().setStatus('saved')
  }
}

/** Starts the subscriptions once (AppShell); they live as long as the page. */
export function startDraftAutosave(): void {
  if (started) return
  started = true
  useImport.subscribe((state, previous) => {
    if (state.table === previous.table || !state.table) return
    if (restoring) return
    if (state.table.readId !== session?.readId) void tableRead(state.table.readId)
    else saveSoon()
  })
  useClean.subscribe((state, previous) => {
    if (state.snapshot !== previous.snapshot) saveSoon()
  })
  useMap.subscribe((state, previous) => {
    if (
      state.phone !== previous.phone ||
      state.ddd !== previous.ddd ||
      state.name !== previous.name ||
      state.variables !== previous.variables ||
      state.message !== previous.message ||
      state.voicemail !== previous.voicemail ||
      state.table !== previous.table
    )
      saveSoon()
  })
  useSchedule.subscribe((state, previous) => {
    if (state.form !== previous.form) saveSoon()
  })
  useCampaign.subscribe((state, previous) => {
    if (state.provider !== previous.provider || state.name !== previous.name) saveSoon()
  })
  useNavigation.subscribe((state, previous) => {
    if (state.screen === previous.screen || !session || !isStep(state.screen)) return
    const furthest = furthestStep(session.stepReached, state.screen)
    if (furthest === session.stepReached) return
    session.stepReached = furthest
    saveSoon()
  })
  // A launch started from this draft: main keeps the draft with it, and it is not offered
  // again; further changes belong to a new campaign.
  let startAsked = false
  useRuns.subscribe((state, previous) => {
    if (state.startedKey !== previous.startedKey && state.startedKey !== null) startAsked = true
    if (!startAsked || !previous.starting || state.starting) return
    startAsked = false
    const launchId = state.current
    if (state.error || !launchId || !session) return
    const mine = session
    // A change still waiting for its save goes first: the draft kept is the one launched.
    if (timer !== null) void saveNow()
    queue = queue
      .then(async () => {
        if (mine.draftId === null) return
        await api('markDraftLaunched', { draftId: mine.draftId, launchId })
        if (session === mine) session = null
      })
      .catch(() => undefined)
  })
  const flush = (): void => {
    if (timer !== null) void saveNow()
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush()
  })
  window.addEventListener('pagehide', flush)
}
