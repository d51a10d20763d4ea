import { create } from 'zustand'
import type { AccountsView } from '../../../../shared/ipc/accounts'
import type { LaunchReview } from '../../../../shared/ipc/launch'
import type { StoreNotices } from '../../../../shared/ipc/schemas'
import type { LaunchProblem } from '../../../../shared/launch'
import type { LaunchPlan, LaunchProvider } from '../../../../shared/launch/types'
import { INTEGRA_TTS_MAX_LENGTH } from '../../../../shared/mapping'
import { api, ApiError } from '../../api/client'
import type { MapCheck, MapPreview, PreviewTarget } from '../../worker/map/mapProtocol'
import { currentWorker } from '../../worker/leadWorkerHost'
import { planInputs, type PlanInputs, type PlanSources } from './planInputs'

/**
 * Disparar's review: the plan built in the worker from the steps' state, Mapear's row checks
 * and preview for it, and main's review of the plan (launchId, existing journal).
 *
 * Stale plans: every change of the inputs bumps `generation` at once (before any debounce),
 * and each answer lands only while its generation is still the latest. An Integra plan can
 * therefore never be replaced by a Kinbox answer that was still in flight, nor the reverse,
 * however the worker and main's timings fall.
 */

export interface BuiltPlan {
  status: 'ready'
  provider: LaunchProvider
  plan: LaunchPlan
  /** Built over stand-in account ids (the account is incomplete): shown, never started. */
  draft: boolean
  /** Main's view (launchId, existing journal); null for a draft. */
  review: LaunchReview | null
}

export type PlanView =
  | { status: 'idle' }
  | { status: 'building'; provider: LaunchProvider; previous: BuiltPlan | null }
  | BuiltPlan
  | { status: 'problems'; provider: LaunchProvider; problems: LaunchProblem[] }
  /** Mapear or Agendar is not complete: blockers.ts says what (no plan is asked for). */
  | { status: 'incomplete'; provider: LaunchProvider }
  | { status: 'failed'; provider: LaunchProvider; message: string }

export interface RebuildRequest {
  sources: PlanSources
  /** `planInputs(sources)` as the screen computed it (its clock not read yet). */
  inputs: PlanInputs
  provider: LaunchProvider
  /** The text the preview renders (Kinbox message or Integra voicemail, '' for none). */
  text: string
  /** Integra without a voicemail: the row checks skip the text (as Mapear does). */
  silent: boolean
}

interface ReviewState {
  plan: PlanView
  check: MapCheck | null
  preview: MapPreview | null
  previewTarget: PreviewTarget
  accounts: AccountsView | null
  notices: StoreNotices | null
  contextError: ApiError | null
  loadContext(): Promise<void>
  acknowledgeBlockList(): Promise<void>
  /** Debounced; the generation moves at once so nothing older can land. */
  rebuild(request: RebuildRequest): void
  /** Builds again right now from `request` (the click on Disparar with start "agora"). */
  rebuildNow(request: RebuildRequest): Promise<void>
  showRow(target: PreviewTarget): void
}

const TYPING_PAUSE_MS = 150
let generation = 0
let timer: ReturnType<typeof setTimeout> | null = null
let lastRequest: RebuildRequest | null = null

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError('internal_error', String(error))

export const useReview = create<ReviewState>()((set, get) => {
  type Checked = Pick<ReviewState, 'check' | 'preview'>

  /** Mapear's row checks and preview for this mapping: the same two calls as mapStore.ts. */
  async function checkAndPreview(request: RebuildRequest): Promise<Checked> {
    const worker = currentWorker()
    const mapping = request.inputs.mapping
    if (!worker || !mapping) return { check: null, preview: null }
    const mapped = { ...mapping, provider: request.provider }
    try {
      const [check, preview] = await Promise.all([
        worker.call('mapCheck', {
          mapping: mapped,
          text: request.silent ? null : request.text,
          ...(request.provider === 'integra' && { maxLength: INTEGRA_TTS_MAX_LENGTH })
        }),
        worker.call('mapPreview', {
          mapping: mapped,
          text: request.text,
          target: get().previewTarget
        })
      ])
      return { check, preview }
    } catch {
      return { check: null, preview: null }
    }
  }

  async function buildPlan(request: RebuildRequest, mine: number): Promise<PlanView | null> {
    const { provider } = request
    // "Agora" is the moment the plan is built: read the clock now, not at render.
    const inputs = planInputs({ ...request.sources, now: Date.now() })
    const worker = currentWorker()
    if (!inputs.ok || !worker) return { status: 'incomplete', provider }
    try {
      const result = await worker.call('launchPlan', inputs.request)
      if (mine !== generation) return null
      if (!result.ok) return { status: 'problems', provider, problems: result.problems }
      const review = inputs.draft ? null : await api('reviewLaunch', { plan: result.plan })
      return { status: 'ready', provider, plan: result.plan, draft: inputs.draft, review }
    } catch (error) {
      return { status: 'failed', provider, message: asApiError(error).message }
    }
  }

  function begin(request: RebuildRequest): number {
    const mine = ++generation
    lastRequest = request
    const current = get().plan
    // Only a plan of the same provider may stay on screen while the new one is built.
    const previous =
      current.status === 'ready' && current.provider === request.provider
        ? current
        : current.status === 'building' && current.provider === request.provider
          ? current.previous
          : null
    set({ plan: { status: 'building', provider: request.provider, previous } })
    return mine
  }

  /** The plan and its checks land together, and only while `mine` is the latest. */
  async function run(request: RebuildRequest, mine: number): Promise<void> {
    const [checked, plan] = await Promise.all([checkAndPreview(request), buildPlan(request, mine)])
    if (mine !== generation || plan === null) return
    set({ ...checked, plan })
  }

  return {
    plan: { status: 'idle' },
    check: null,
    preview: null,
    previewTarget: { position: 0 },
    accounts: null,
    notices: null,
    contextError: null,

    async loadContext() {
      try {
        const [accounts, notices] = await Promise.all([
          api('getAccounts', {}),
          api('storeNotices', {})
        ])
        set({ accounts, notices, contextError: null })
      } catch (error) {
        set({ contextError: asApiError(error) })
      }
    },

    async acknowledgeBlockList() {
      try {
        set({ notices: await api('acknowledgeStoreNotice', { store: 'blocklist' }) })
      } catch (error) {
        set({ contextError: asApiError(error) })
      }
    },

    rebuild(request) {
      const mine = begin(request)
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        void run(request, mine)
      }, TYPING_PAUSE_MS)
    },

    async rebuildNow(request) {
      if (timer !== null) clearTimeout(timer)
      timer = null
      await run(request, begin(request))
    },

    showRow(previewTarget) {
      set({ previewTarget })
      if (!lastRequest) return
      // Only the preview follows the row: the plan and its checks stay as they are.
      const mine = generation
      void checkAndPreview(lastRequest).then(({ preview }) => {
        if (mine === generation) set({ preview })
      })
    }
  }
})

/** The plan on screen for `provider`, or null: never one of the other provider. */
export function shownPlan(view: PlanView, provider: LaunchProvider): BuiltPlan | null {
  if (view.status === 'ready') return view.provider === provider ? view : null
  if (view.status === 'building') return view.previous?.provider === provider ? view.previous : null
  return null
}
