import { useEffect, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { BusinessHoursSet } from '../../../../shared/ipc/schemas'
import type { LaunchProvider } from '../../../../shared/launch/types'
import { useCampaign } from '../campaign/campaignStore'
import { launchableCountOf, useClean } from '../clean/cleanStore'
import { useImport } from '../import/importStore'
import { textOf, useMap } from '../map/mapStore'
import { useSchedule } from '../schedule/scheduleStore'
import { useSimulation } from '../simulation/simulationStore'
import { accountMissing } from './accountSettings'
import { launchBlockers, mapIssues, type Blocker } from './blockers'
import { planInputs, planKey, type PlanInputs, type PlanSources } from './planInputs'
import { shownPlan, useReview, type BuiltPlan, type RebuildRequest } from './reviewStore'

const NO_SETS: readonly BusinessHoursSet[] = []

export interface LaunchReviewModel {
  provider: LaunchProvider
  sources: PlanSources
  inputs: PlanInputs
  request: RebuildRequest
  /** The plan for `provider` (never the other provider's), or null. */
  plan: BuiltPlan | null
  building: boolean
  /**
   * Everything the review shows has arrived (the plan, the accounts, the store notices): until
   * then the screen still grows, and a click on it may land where a line is about to move.
   */
  settled: boolean
  blockers: Blocker[]
  /** Mapear's warnings (shown, not blocking). */
  mapWarnings: ReturnType<typeof mapIssues>
}

/**
 * Gathers the steps' state into the plan's inputs, (re)builds the plan whenever they change,
 * and says what still blocks the launch. Only `provider`'s plan is ever returned.
 */
export function useLaunchReview(): LaunchReviewModel {
  const map = useMap(
    useShallow((s) => ({
      phone: s.phone,
      ddd: s.ddd,
      name: s.name,
      variables: s.variables,
      message: s.message,
      voicemail: s.voicemail
    }))
  )
  const form = useSchedule((s) => s.form)
  const kinboxHours = useSchedule((s) => s.kinboxHours)
  const launchableCount = useClean(launchableCountOf)
  const table = useImport((s) => s.table)
  const cleanVersion = useClean((s) => s.version)
  const accounts = useReview((s) => s.accounts)
  const notices = useReview((s) => s.notices)
  const view = useReview((s) => s.plan)
  const check = useReview((s) => s.check)
  const rebuild = useReview((s) => s.rebuild)
  const name = useCampaign((s) => s.name)
  const provider = useCampaign((s) => s.provider)
  const simulation = useSimulation((s) => s.on)
  const sets = kinboxHours.phase === 'ready' ? kinboxHours.sets : NO_SETS

  const sources: PlanSources = useMemo(
    () => ({
      provider,
      name,
      map: { ...map, provider },
      schedule: { form, sets },
      launchableCount,
      accounts,
      // The clock is read when the plan is built (reviewStore); 0 here only keys the inputs.
      now: 0,
      simulation
    }),
    [provider, name, map, form, sets, launchableCount, accounts, simulation]
  )
  const inputs = useMemo(() => planInputs(sources), [sources])
  const text = textOf(map, provider)
  const silent = provider === 'integra' && !map.voicemail.enabled
  const request: RebuildRequest = useMemo(
    () => ({ sources, inputs, provider, text, silent }),
    [sources, inputs, provider, text, silent]
  )
  // The worker's rows change with Limpar's edits: its version and the table are inputs too.
  const key = `${planKey(inputs, form.startMode)}|${text}|${String(silent)}|${String(
    launchableCount
  )}|${table?.file ?? ''}|${String(table?.dataRowCount ?? 0)}|${String(cleanVersion)}|${String(
    simulation
  )}`

  useEffect(() => {
    rebuild(request)
    // `key` says when the request changed in substance; the request object itself may not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, rebuild])

  const plan = shownPlan(view, provider)
  const issueSources = { provider, map: sources.map, check }
  const blockers = launchBlockers({
    ...issueSources,
    launchableCount,
    blockListNeedsReview: notices?.blockListNeedsReview ?? false,
    blockListNotice: notices?.notices.find((notice) => notice.store === 'blocklist') ?? null,
    // In simulation the simulated account stands in: nothing is missing from it.
    accountMissing: simulation ? [] : accountMissing(accounts, provider),
    schedule: inputs.ok ? {} : inputs.schedule,
    planProblems: view.status === 'problems' && view.provider === provider ? view.problems : []
  })
  // Main's word, from the numbers themselves: the sample is only launched in simulation.
  if (plan?.review?.sampleFile === true) {
    blockers.push({ key: 'blockers.sampleFile', fix: 'settings', id: 'sample-file' })
  }
  if (view.status === 'failed' && view.provider === provider) {
    blockers.push({
      key: 'problems.failed',
      params: { message: view.message },
      fix: null,
      id: 'plan-failed'
    })
  }
  const building = view.status === 'building' || view.status === 'idle'
  return {
    provider,
    sources,
    inputs,
    request,
    plan,
    building,
    settled: !building && accounts !== null && notices !== null,
    blockers,
    mapWarnings: mapIssues(issueSources).filter((problem) => problem.level === 'warn')
  }
}
