import { describe, expect, it } from 'vitest'
import { planCampaign } from '../../../shared/timing/plan'
import type { CampaignInput } from '../../../shared/timing/types'
import { at, EXAMPLE_2_HOURS, EXAMPLE_3_HOURS, plan, sp } from './helpers'

const base: CampaignInput = {
  n: 250,
  chunkSize: 100,
  secondsBetweenMessages: 10,
  secondsBetweenChunks: 600,
  start: at('2026-12-01T09:00:00-03:00')
}

describe('planCampaign edge cases', () => {
  it('gives 0 chunks and no finish for an empty list', () => {
    const p = plan({ ...base, n: 0, hours: EXAMPLE_2_HOURS })
    expect(p).toMatchObject({
      chunksCount: 0,
      finishedAt: null,
      firstSendAt: null,
      perDay: [],
      daysSpanned: 0
    })
    expect(p.chunks(0, 10)).toEqual([])
  })

  it('answers no_open_hours, without looping, when no day has an open window', () => {
    const closed = {
      mon: { active: false, hours: [['09:00', '18:00']] as [string, string][] },
      tue: { active: true, hours: [] },
      wed: { active: true, hours: [['18:00', '09:00']] as [string, string][] }
    }
    expect(planCampaign({ ...base, hours: closed })).toEqual({
      ok: false,
      error: { code: 'no_open_hours' }
    })
    expect(planCampaign({ ...base, hours: {} })).toEqual({
      ok: false,
      error: { code: 'no_open_hours' }
    })
  })

  it.each([
    ['n', { n: -1 }],
    ['n', { n: 2.5 }],
    ['chunkSize', { chunkSize: 0 }],
    ['secondsBetweenMessages', { secondsBetweenMessages: -1 }],
    ['secondsBetweenChunks', { secondsBetweenChunks: Number.NaN }],
    ['start', { start: Number.NaN }],
    ['timeZone', { timeZone: 'America/Atlantis' }]
  ])('refuses a bad %s', (field, change) => {
    expect(planCampaign({ ...base, ...change })).toEqual({
      ok: false,
      error: { code: 'invalid_input', field }
    })
  })

  it('treats a close of 00:00 as the midnight ending the day', () => {
    const evenings = { tue: { active: true, hours: [['22:00', '00:00']] as [string, string][] } }
    const p = plan({ ...base, n: 3, chunkSize: 1, secondsBetweenChunks: 3600, hours: evenings })
    expect(p.chunks(0, 3).map((c) => sp(c.firstAt))).toEqual([
      '2026-12-01T22:00:00-03:00',
      '2026-12-01T23:00:00-03:00',
      '2026-12-08T22:00:00-03:00'
    ])
  })

  it('moves a send that falls exactly on closing time to the next opening', () => {
    // 17:59:45 + 15 s is 18:00:00, closed (the close is excluded).
    const p = plan({
      ...base,
      n: 2,
      chunkSize: 2,
      secondsBetweenMessages: 15,
      start: at('2026-12-04T17:59:45-03:00'),
      hours: EXAMPLE_2_HOURS
    })
    expect(sp(p.finishedAt)).toBe('2026-12-07T09:00:00-03:00')
  })

  it('reports the rate while open and the duration', () => {
    const p = plan(base)
    // 249 gaps take 3670 s.
    expect(p.messagesPerHour).toBeCloseTo((249 * 3600) / 3670, 9)
    expect(
      plan({ ...base, secondsBetweenMessages: 0, secondsBetweenChunks: 0 }).messagesPerHour
    ).toBeNull()
  })

  it('does not depend on which slice of chunks is asked for first', () => {
    const p = plan({ ...base, n: 10_000, chunkSize: 7, hours: EXAMPLE_3_HOURS })
    const all = p.chunks(0, p.chunksCount)
    expect(p.chunks(500, 3)).toEqual(all.slice(500, 503))
    expect(p.chunks(p.chunksCount - 1, 10)).toEqual([all.at(-1)])
    expect(all.at(-1)?.size).toBe(10_000 % 7)
    expect(p.sendTimeOf(9_999)).toBe(p.finishedAt)
  })
})

describe('timeline queries', () => {
  const p = plan({
    n: 1200,
    chunkSize: 200,
    secondsBetweenMessages: 30,
    secondsBetweenChunks: 900,
    start: at('2026-12-05T07:00:00-03:00'),
    hours: EXAMPLE_3_HOURS
  })

  it('finds the chunks sending during a span, including one that straddles its start', () => {
    // Monday 10:00–12:00: chunk 4 (09:43:30–11:23:00) and chunk 5 (from 11:38:00).
    const range = p.chunkRangeBetween(
      at('2026-12-07T10:00:00-03:00'),
      at('2026-12-07T12:00:00-03:00')
    )
    expect(range).toEqual({ from: 3, to: 5 })
  })

  it('finds chunk 3 on Sunday, when it is paused across the closed day', () => {
    expect(
      p.chunkRangeBetween(at('2026-12-06T00:00:00-03:00'), at('2026-12-07T00:00:00-03:00'))
    ).toEqual({
      from: 2,
      to: 3
    })
    expect(
      p.chunkRangeBetween(at('2026-12-08T00:00:00-03:00'), at('2026-12-09T00:00:00-03:00'))
    ).toEqual({
      from: 6,
      to: 6
    })
  })

  it('lists the open windows of a span (closed hours are the gaps)', () => {
    const windows = p.openWindowsBetween(
      at('2026-12-05T10:00:00-03:00'),
      at('2026-12-07T14:00:00-03:00')
    )
    expect(windows.map((w) => [sp(w.start), sp(w.end)])).toEqual([
      ['2026-12-05T10:00:00-03:00', '2026-12-05T13:00:00-03:00'],
      ['2026-12-07T08:00:00-03:00', '2026-12-07T12:00:00-03:00'],
      ['2026-12-07T13:30:00-03:00', '2026-12-07T14:00:00-03:00']
    ])
  })
})
