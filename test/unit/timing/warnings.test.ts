import { describe, expect, it } from 'vitest'
import { warningMessage } from '../../../shared/timing/messages'
import type { CampaignInput } from '../../../shared/timing/types'
import { busiest24h, planWarnings, type PlanWarning } from '../../../shared/timing/warnings'
import { at, EXAMPLE_2_HOURS, plan } from './helpers'

const now = at('2026-11-24T12:00:00-03:00')
const codes = (list: PlanWarning[]) => list.map((w) => w.code)

function warn(input: CampaignInput, tier?: 250 | 1000 | 10_000 | 100_000 | 'unlimited') {
  return planWarnings(plan(input), input, { now, ...(tier ? { tierPer24h: tier } : {}) })
}

const quiet: CampaignInput = {
  n: 250,
  chunkSize: 100,
  secondsBetweenMessages: 10,
  secondsBetweenChunks: 600,
  start: at('2026-12-01T09:00:00-03:00')
}

describe('planWarnings', () => {
  it('says nothing about a short plan in the future on ordinary days', () => {
    expect(warn(quiet, 1000)).toEqual([])
  })

  it('warns when the start has passed (beyond a minute of grace for "agora")', () => {
    expect(codes(warn({ ...quiet, start: now - 30_000 }))).toEqual([])
    expect(warn({ ...quiet, start: now - 3_600_000 })[0]).toEqual({
      code: 'start_in_past',
      start: now - 3_600_000,
      now
    })
  })

  it('warns when the campaign runs for more than 7 days', () => {
    const long = {
      ...quiet,
      n: 10_000,
      chunkSize: 500,
      secondsBetweenMessages: 15,
      secondsBetweenChunks: 1800,
      start: at('2026-12-04T16:00:00-03:00'),
      hours: EXAMPLE_2_HOURS
    }
    const far = warn(long).find((w) => w.code === 'finish_far')
    expect(far).toMatchObject({ code: 'finish_far', finishedAt: at('2026-12-14T13:05:00-03:00') })
    expect(codes(warn({ ...long, n: 4000 }))).not.toContain('finish_far')
  })

  it('names the national holidays the plan crosses, with how many go out that day', () => {
    const christmas = {
      ...quiet,
      n: 3,
      chunkSize: 1,
      secondsBetweenChunks: 86_400,
      start: at('2026-12-24T10:00:00-03:00')
    }
    expect(warn(christmas)).toEqual([
      { code: 'crosses_holiday', date: '2026-12-25', name: 'Natal', messages: 1 }
    ])
    // Christmas Eve is only an optional day: not a national holiday.
    expect(warn({ ...christmas, n: 1 })).toEqual([])
  })

  it('counts new contacts in any rolling 24 h against the WhatsApp tier', () => {
    // 300 contacts, one a minute: all within 24 h.
    const burst = { ...quiet, n: 300, chunkSize: 1, secondsBetweenChunks: 60 }
    expect(warn(burst, 250)).toEqual([
      { code: 'tier_exceeded', tier: 250, maxPer24h: 300, from: burst.start }
    ])
    expect(warn(burst, 1000)).toEqual([])
    expect(warn(burst, 'unlimited')).toEqual([])
  })

  it('finds the busiest 24 h even when it straddles two days', () => {
    // One every 10 min: 144 in any 24 h, never more.
    const steady = plan({ ...quiet, n: 1000, chunkSize: 1, secondsBetweenChunks: 600 })
    expect(busiest24h(steady).count).toBe(144)
  })

  it('warns when the chunk size is larger than the list', () => {
    expect(warn({ ...quiet, n: 50 })).toEqual([
      { code: 'chunk_larger_than_list', chunkSize: 100, n: 50 }
    ])
  })
})

describe('warning messages for the CLI', () => {
  it('reads every code in pt-BR and in English with local times', () => {
    const holiday: PlanWarning = {
      code: 'crosses_holiday',
      date: '2026-12-25',
      name: 'Natal',
      messages: 3
    }
    expect(warningMessage(holiday, 'America/Sao_Paulo', 'pt-BR')).toContain('Natal (25/12/2026)')
    const tier: PlanWarning = {
      code: 'tier_exceeded',
      tier: 1000,
      maxPer24h: 1500,
      from: at('2026-12-01T09:00:00-03:00')
    }
    expect(warningMessage(tier, 'America/Sao_Paulo', 'pt-BR')).toContain(
      '1.500 contatos novos em 24 h a partir de 01/12/2026 09:00'
    )
    expect(warningMessage(tier, 'America/Sao_Paulo', 'en')).toContain('1,500 new contacts')
  })
})
