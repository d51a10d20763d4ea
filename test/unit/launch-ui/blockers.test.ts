import { describe, expect, it } from 'vitest'
import { launchBlockers, type BlockerSources } from '../../../renderer/src/features/launch/blockers'
import { suggestedName } from '../../../renderer/src/features/launch/campaignName'
import type { MapCheck } from '../../../renderer/src/worker/mapProtocol'

const check = (launchable: number): MapCheck => ({
  launchable,
  cleaned: true,
  text: null,
  emptyMessageRows: { count: 0, rows: [] },
  emptyVariables: [],
  tooLongValues: [],
  transformFailed: [],
  skippedRows: []
})

const base: BlockerSources = {
  provider: 'kinbox',
  launchableCount: 766,
  blockListNeedsReview: false,
  accountMissing: [],
  map: {
    provider: 'kinbox',
    phone: 1,
    ddd: null,
    name: 0,
    variables: [],
    message: 'Olá!',
    voicemail: { enabled: false, text: '' }
  },
  check: check(766),
  schedule: {},
  planProblems: []
}

const ids = (sources: Partial<BlockerSources>) =>
  launchBlockers({ ...base, ...sources }).map((b) => [b.id, b.fix])

describe('Disparar blockers', () => {
  it('nothing blocks a complete campaign', () => {
    expect(ids({})).toEqual([])
  })

  it('an empty message blocks with Mapear’s own check, as Mapear does', () => {
    expect(ids({ map: { ...base.map, message: '  ' } })).toEqual([['map-message_empty', 'map']])
  })

  it('0 leads blames the list, once: not the schedule, not the plan', () => {
    expect(
      ids({
        launchableCount: 0,
        check: check(0),
        schedule: { leads: 'count' },
        planProblems: [{ code: 'no_launchable_rows' }]
      })
    ).toEqual([['list-empty', 'clean']])
  })

  it('the account’s gaps and a damaged block list each say where they are fixed', () => {
    expect(ids({ accountMissing: ['token', 'channelId'], blockListNeedsReview: true })).toEqual([
      ['blockers.blockList', 'clean'],
      ['account-token', 'settings'],
      ['account-channelId', 'settings']
    ])
  })

  it('the plan builder’s problems go to the step that fixes them', () => {
    expect(
      ids({
        planProblems: [
          { code: 'no_open_hours', provider: 'kinbox' },
          { code: 'invalid_id', provider: 'integra', field: 'agent_id' }
        ]
      })
    ).toEqual([
      ['plan-no_open_hours', 'schedule'],
      ['plan-invalid_id', 'settings']
    ])
  })
})

describe('campaign name', () => {
  it('is the file without its extension and the day', () => {
    expect(suggestedName('planilha-vendas.xlsx', Date.UTC(2026, 11, 2, 15), 'pt-BR')).toBe(
      'planilha-vendas · 02/12/2026'
    )
  })
})
