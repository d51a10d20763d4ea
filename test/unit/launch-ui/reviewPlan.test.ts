/**
 * Disparar never shows a stale plan: whatever order the worker answers in, only the plan
 * for the latest inputs lands, and a plan for one provider is never shown for the other.
 * The worker is a stand-in whose `launchPlan` answers the test releases one by one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LaunchPlanResult } from '../../../shared/launch'
import type { LaunchProvider } from '../../../shared/launch/types'
import { leadContract } from '../../../renderer/src/worker/leadContract'
import type { LeadCallArgs } from '../worker/standIn'

interface PendingPlan {
  provider: LaunchProvider
  release(): void
}

const worker = vi.hoisted(() => ({
  plans: [] as PendingPlan[],
  call: null as unknown as (...args: LeadCallArgs) => Promise<unknown>
}))

vi.mock('../../../renderer/src/worker/leadWorkerHost', () => ({
  currentWorker: () => worker,
  startIncoming: () => worker,
  promoteIncoming: () => undefined,
  cancelIncoming: () => undefined
}))

const { useReview, shownPlan } = await import('../../../renderer/src/features/launch/reviewStore')
const { planInputs } = await import('../../../renderer/src/features/launch/planInputs')
const { defaultForm } = await import('../../../renderer/src/features/schedule/formModel')
const { buildLaunchPlan } = await import('../../../shared/launch')

const ROWS = Array.from({ length: 3 }, (_, i) => ({
  row: i + 2,
  phone: `+5585981000${String(100 + i)}`,
  cell: (column: number) => [`+5585981000${String(100 + i)}`, `Lead ${String(i)}`][column] ?? ''
}))

function request(provider: LaunchProvider) {
  const sources = {
    provider,
    name: 'Campanha',
    map: {
      provider,
      phone: 0,
      ddd: null,
      name: 1,
      variables: [],
      message: 'Olá!',
      voicemail: { enabled: false, text: '' }
    },
    schedule: { form: defaultForm(Date.UTC(2026, 11, 1, 12)), sets: [] },
    launchableCount: ROWS.length,
    accounts: null,
    now: 0
  }
  return { sources, inputs: planInputs(sources), provider, text: 'Olá!', silent: false }
}

/** The real builder over three rows, answered when the test says so. */
function answer(...[name, request]: LeadCallArgs): Promise<unknown> {
  if (name === 'mapCheck' || name === 'mapPreview') return Promise.resolve(null)
  if (name !== 'launchPlan') return Promise.reject(new Error(`unexpected ${name}`))
  const result: LaunchPlanResult = buildLaunchPlan({
    // As the worker's server hands it to the handler: parsed by the call's schema.
    ...leadContract.calls.launchPlan.request.parse(request),
    sourceFile: 'planilha.xlsx',
    rows: ROWS,
    excluded: {}
  })
  return new Promise((resolve) => {
    worker.plans.push({ provider: request.provider, release: () => resolve(result) })
  })
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(500)
}

function release(provider: LaunchProvider): void {
  const pending = worker.plans.find((p) => p.provider === provider)
  if (!pending) throw new Error(`no ${provider} plan waiting`)
  worker.plans.splice(worker.plans.indexOf(pending), 1)
  pending.release()
}

describe('Disparar plan rebuilds', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    worker.plans = []
    worker.call = answer
  })
  afterEach(() => vi.useRealTimers())

  it('each input builds a plan of its own provider (the stand-ins make a draft)', async () => {
    useReview.getState().rebuild(request('integra'))
    await settle()
    release('integra')
    await settle()
    const plan = shownPlan(useReview.getState().plan, 'integra')
    expect(plan?.plan.provider).toBe('integra')
    expect(plan?.draft).toBe(true)
    expect(plan?.plan.parts.map((p) => p.rows.length)).toEqual([3])
    expect(shownPlan(useReview.getState().plan, 'kinbox')).toBeNull()
  })

  it('a Kinbox answer that arrives after the switch to Integra is dropped', async () => {
    useReview.getState().rebuild(request('kinbox'))
    await settle()
    useReview.getState().rebuild(request('integra'))
    await settle()
    release('integra')
    await settle()
    release('kinbox')
    await settle()
    const view = useReview.getState().plan
    expect(view.status).toBe('ready')
    expect(shownPlan(view, 'integra')?.plan.provider).toBe('integra')
  })

  it('while Integra is being built, the Kinbox plan before it is not shown for Integra', async () => {
    useReview.getState().rebuild(request('kinbox'))
    await settle()
    release('kinbox')
    await settle()
    expect(shownPlan(useReview.getState().plan, 'kinbox')).not.toBeNull()
    useReview.getState().rebuild(request('integra'))
    await settle()
    expect(useReview.getState().plan.status).toBe('building')
    expect(shownPlan(useReview.getState().plan, 'integra')).toBeNull()
    release('integra')
    await settle()
    expect(shownPlan(useReview.getState().plan, 'integra')?.plan.provider).toBe('integra')
  })
})
