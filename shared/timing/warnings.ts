import { z } from 'zod'
import { brazilianHolidaysBetween, type HolidayLanguage } from './holidays'
import type { CampaignInput, CampaignPlan } from './types'
import { isoDate, localDayOf, resolveZone } from './zone'

/** WhatsApp's messaging tiers: new contacts per rolling 24 h. */
export const WHATSAPP_TIERS = [250, 1000, 10_000, 100_000, 'unlimited'] as const
export const WhatsAppTierSchema = z.literal(WHATSAPP_TIERS)
export type WhatsAppTier = z.infer<typeof WhatsAppTierSchema>

/** Codes and parameters only; the UI (and messages.ts for the CLI) turn them into sentences. */
export const PlanWarningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('start_in_past'), start: z.number(), now: z.number() }),
  z.object({ code: z.literal('finish_far'), finishedAt: z.number(), days: z.number() }),
  z.object({
    code: z.literal('crosses_holiday'),
    date: z.string(),
    name: z.string(),
    messages: z.number()
  }),
  z.object({
    code: z.literal('tier_exceeded'),
    tier: z.number(),
    maxPer24h: z.number(),
    from: z.number()
  }),
  z.object({ code: z.literal('chunk_larger_than_list'), chunkSize: z.number(), n: z.number() })
])
export type PlanWarning = z.infer<typeof PlanWarningSchema>

export interface WarningOptions {
  now: number
  tierPer24h?: WhatsAppTier
  holidayLanguage?: HolidayLanguage
}

const DAY_MS = 86_400_000
// "Agora" is taken a moment before the check runs; do not call that the past.
const PAST_GRACE_MS = 60_000
const FAR_DAYS = 7

export function planWarnings(
  plan: CampaignPlan,
  input: CampaignInput,
  options: WarningOptions
): PlanWarning[] {
  const warnings: PlanWarning[] = []
  const { now } = options
  if (input.start < now - PAST_GRACE_MS)
    warnings.push({ code: 'start_in_past', start: input.start, now })
  if (plan.chunkSize > plan.n && plan.n > 0) {
    warnings.push({ code: 'chunk_larger_than_list', chunkSize: plan.chunkSize, n: plan.n })
  }
  if (plan.finishedAt === null || plan.firstSendAt === null) return warnings
  // Measured from when sending begins (or now, if that is later): how long the campaign runs.
  const days = (plan.finishedAt - Math.max(now, plan.firstSendAt)) / DAY_MS
  if (days > FAR_DAYS) warnings.push({ code: 'finish_far', finishedAt: plan.finishedAt, days })
  warnings.push(...holidayWarnings(plan, options.holidayLanguage ?? 'pt'))
  const tier = options.tierPer24h ?? 'unlimited'
  if (tier !== 'unlimited' && plan.n > tier) {
    const busiest = busiest24h(plan)
    if (busiest.count > tier) {
      warnings.push({ code: 'tier_exceeded', tier, maxPer24h: busiest.count, from: busiest.from })
    }
  }
  return warnings
}

function holidayWarnings(plan: CampaignPlan, lang: HolidayLanguage): PlanWarning[] {
  const zone = resolveZone(plan.timeZone)
  if (!zone || plan.firstSendAt === null || plan.finishedAt === null) return []
  const from = isoDate(localDayOf(plan.firstSendAt, zone))
  const to = isoDate(localDayOf(plan.finishedAt, zone))
  const sent = new Map(plan.perDay.map((d) => [d.date, d.count]))
  return brazilianHolidaysBetween(from, to, lang).map((h) => ({
    code: 'crosses_holiday',
    date: h.date,
    name: h.name,
    messages: sent.get(h.date) ?? 0
  }))
}

/** Most messages in any rolling 24 h, and when that stretch begins (two pointers, O(n)). */
export function busiest24h(plan: CampaignPlan): { count: number; from: number } {
  let best = { count: 0, from: plan.firstSendAt ?? 0 }
  const timeOfFirst = plan.sendTimeSweeper()
  const timeOfLast = plan.sendTimeSweeper()
  let j = 0
  for (let i = 0; i < plan.n; i++) {
    const from = timeOfFirst(i)
    while (j < plan.n && timeOfLast(j) < from + DAY_MS) j++
    if (j - i > best.count) best = { count: j - i, from }
    if (j === plan.n) break
  }
  return best
}
