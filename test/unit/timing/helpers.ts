import type { WeeklyHours } from '../../../shared/timing/businessHours'
import { planCampaign } from '../../../shared/timing/plan'
import type { CampaignInput, CampaignPlan } from '../../../shared/timing/types'
import { formatInstant } from '../../../shared/timing/zone'

type Pair = [string, string]
const day = (hours: Pair[]) => ({ active: true, hours })

/** Same intervals Monday to Friday, plus optional other days. */
export function weekdays(hours: Pair[], extra: WeeklyHours = {}): WeeklyHours {
  return {
    mon: day(hours),
    tue: day(hours),
    wed: day(hours),
    thu: day(hours),
    fri: day(hours),
    ...extra
  }
}

export const EXAMPLE_2_HOURS = weekdays([['09:00', '18:00']])
export const EXAMPLE_3_HOURS = weekdays(
  [
    ['08:00', '12:00'],
    ['13:30', '17:30']
  ],
  { sat: day([['09:00', '13:00']]) }
)

export const at = (iso: string): number => {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`bad date ${iso}`)
  return ms
}

/** planCampaign, failing the test on an error result. */
export function plan(input: CampaignInput): CampaignPlan {
  const result = planCampaign(input)
  if (!result.ok) throw new Error(`unexpected ${JSON.stringify(result.error)}`)
  return result.plan
}

export const sp = (ms: number | null): string | null =>
  ms === null ? null : formatInstant(ms, 'America/Sao_Paulo')
