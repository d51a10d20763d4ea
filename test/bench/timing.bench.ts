/**
 * The campaign timing model at 1,000,000 leads (issue 6, "Headless and speed"): the totals must
 * come in ≤ 100 ms by jumping over runs of messages; the naive one-at-a-time model is the baseline.
 */
import { planCampaign } from '../../shared/timing/plan'
import type { CampaignInput } from '../../shared/timing/types'
import { busiest24h } from '../../shared/timing/warnings'
import { referencePlan } from '../unit/timing/reference'
import { EXAMPLE_3_HOURS } from '../unit/timing/helpers'
import { medianMs, type BenchSuite } from './types'

const input: CampaignInput = {
  n: 1_000_000,
  chunkSize: 1,
  secondsBetweenMessages: 2,
  secondsBetweenChunks: 5,
  start: Date.parse('2026-12-07T08:00:00-03:00'),
  hours: EXAMPLE_3_HOURS, // Mon–Fri 08:00–12:00, 13:30–17:30 + Sat 09:00–13:00
  timeZone: 'America/Sao_Paulo'
}

function totals(): { finishedAt: number | null; days: number } {
  const result = planCampaign(input)
  if (!result.ok) throw new Error(result.error.code)
  return { finishedAt: result.plan.finishedAt, days: result.plan.perDay.length }
}

const suite: BenchSuite = {
  name: 'timing: 1,000,000-lead plan (chunk size 1, business hours)',
  async run(log) {
    const ours = await medianMs(totals, 5)
    const check = totals()
    log(`finish ${new Date(check.finishedAt ?? 0).toISOString()}, ${check.days} sending days`)

    // The naive model is slow: one timed run is enough.
    const t0 = performance.now()
    const naive = referencePlan(input)
    const baseline = performance.now() - t0
    if (naive === 'no_open_hours' || naive.finishedAt !== check.finishedAt) {
      throw new Error('the naive model disagrees with planCampaign')
    }
    log(
      `naive stepping agrees on the finish; ratio ${(ours / baseline).toFixed(4)}× (${(baseline / ours).toFixed(0)}× faster)`
    )

    const result = planCampaign(input)
    if (!result.ok) throw new Error(result.error.code)
    const p = result.plan
    const oneDay = await medianMs(() => {
      const range = p.chunkRangeBetween(
        input.start + 14 * 86_400_000,
        input.start + 15 * 86_400_000
      )
      return p.chunks(range.from, range.to - range.from)
    })
    const busiest = await medianMs(() => busiest24h(p), 3)
    return [
      { label: 'plan totals, 1M leads', unit: 'ms', ours, goalValue: 100 },
      {
        label: 'plan totals vs naive stepping',
        unit: 'ms',
        ours,
        baselineLabel: 'naive stepping',
        baseline
      },
      { label: 'one day of chunks for the timeline (~5,760)', unit: 'ms', ours: oneDay },
      { label: 'busiest 24 h over 1M sends (tier warning)', unit: 'ms', ours: busiest }
    ]
  }
}

export default suite
