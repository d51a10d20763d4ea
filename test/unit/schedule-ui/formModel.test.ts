import { describe, expect, it } from 'vitest'
import {
  buildCampaignInput,
  defaultForm,
  editorHours,
  intervalProblem,
  parseCount,
  parseSeconds
} from '../../../renderer/src/features/schedule/formModel'
import { planCampaign, formatInstant } from '../../../shared/timing'

const context = { launchableCount: null, now: Date.parse('2026-11-01T12:00:00Z'), sets: [] }

describe('Agendar form model', () => {
  it('reads counts and seconds as people type them', () => {
    expect(parseCount('10.000')).toBe(10_000)
    expect(parseCount(' 10 000 ')).toBe(10_000)
    expect(parseCount('1,5')).toBeNull()
    expect(parseCount('')).toBeNull()
    expect(parseSeconds('1,5')).toBe(1.5)
    expect(parseSeconds('-3')).toBeNull()
  })

  it('flags incomplete and reversed intervals; 00:00 closes at midnight', () => {
    expect(intervalProblem({ open: '09:00', close: '18:00' })).toBeNull()
    expect(intervalProblem({ open: '18:00', close: '09:00' })).toBe('order')
    expect(intervalProblem({ open: '', close: '09:00' })).toBe('clock')
    expect(intervalProblem({ open: '20:00', close: '00:00' })).toBeNull()
    const week = defaultForm(0).editor
    expect(
      editorHours({ ...week, mon: { active: true, intervals: [{ open: '', close: '' }] } })
    ).toBeNull()
    // A closed day's broken interval does not matter.
    expect(
      editorHours({ ...week, sun: { active: false, intervals: [{ open: '', close: '' }] } })
    ).not.toBeNull()
  })

  it('builds timing.md example 2 from the typed form, wall time in the chosen zone', () => {
    const form = {
      ...defaultForm(context.now),
      leadsText: '10.000',
      chunkSizeText: '500',
      messageGapText: '15',
      chunkGapText: '1800',
      startLocal: '2026-12-04T16:00'
    }
    const built = buildCampaignInput(form, context)
    if (!built.ok) throw new Error(JSON.stringify(built.problems))
    const result = planCampaign(built.input)
    if (!result.ok || result.plan.finishedAt === null) throw new Error('no plan')
    expect(result.plan.chunksCount).toBe(20)
    expect(formatInstant(result.plan.finishedAt, 'America/Sao_Paulo')).toBe(
      '2026-12-14T13:05:00-03:00'
    )
  })

  it('uses the cleaned list’s count over the what-if, and names what is wrong', () => {
    const form = {
      ...defaultForm(context.now),
      leadsText: 'abc',
      chunkSizeText: '0',
      startLocal: ''
    }
    const bad = buildCampaignInput(form, context)
    expect(bad.ok ? null : bad.problems).toEqual({
      leads: 'count',
      chunkSize: 'positive',
      start: 'date'
    })
    const withList = buildCampaignInput(
      { ...form, chunkSizeText: '5', startLocal: '2026-12-04T16:00' },
      {
        ...context,
        launchableCount: 42
      }
    )
    expect(withList.ok && withList.input.n).toBe(42)
    const account = buildCampaignInput(
      {
        ...form,
        leadsText: '1',
        chunkSizeText: '5',
        startLocal: '2026-12-04T16:00',
        hoursSource: 'account'
      },
      context
    )
    expect(account.ok ? null : account.problems).toEqual({ hours: 'pickSet' })
  })
})
