import { describe, expect, it } from 'vitest'
import { launchBlockers, type BlockerSources } from '../../../renderer/src/features/launch/blockers'
import {
  accountMissing,
  kinboxAccountPart
} from '../../../renderer/src/features/launch/accountSettings'
import { exclusionFix } from '../../../renderer/src/features/launch/exclusionFilter'
import type { AccountsView } from '../../../shared/ipc/accounts'
import { suggestedName } from '../../../renderer/src/features/launch/campaignName'
import type { MapCheck } from '../../../renderer/src/worker/map/mapProtocol'

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

describe('an empty required variable', () => {
  const cidade = {
    id: 7,
    key: 'cidade',
    column: 2,
    transform: null,
    empty: { kind: 'skipRow' as const }
  }
  const map = { ...base.map, variables: [cidade], message: 'Olá {{cidade}}!' }
  const allSkipped: MapCheck = {
    ...check(0),
    skippedRows: [{ key: 'cidade', count: 766, rows: [2, 3] }]
  }

  it('blocks, with Mapear’s own check and a link to Mapear, when it leaves no row to send', () => {
    const blockers = launchBlockers({
      ...base,
      map,
      check: allSkipped,
      // The plan builder says the same thing in its words: said once, by Mapear's check.
      planProblems: [{ code: 'no_launchable_rows' }]
    })
    expect(blockers.map((b) => [b.id, b.fix])).toEqual([['map-required_variable_empty', 'map']])
    expect(blockers[0]?.key).toBe('map.problems.required_variable_empty')
    expect(blockers[0]?.params).toEqual({ keys: 'cidade', count: 1 })
  })

  it('does not block when only some rows are empty (they are left out and counted)', () => {
    const someSkipped: MapCheck = {
      ...check(700),
      skippedRows: [{ key: 'cidade', count: 66, rows: [4] }]
    }
    expect(ids({ map, check: someSkipped })).toEqual([])
  })

  it('does not block with a default text, even when empty on every row (a warning)', () => {
    const withDefault = { ...cidade, empty: { kind: 'default' as const, value: '' } }
    const everyRow: MapCheck = {
      ...check(766),
      emptyVariables: [{ key: 'cidade', count: 766, rows: [2] }]
    }
    expect(ids({ map: { ...map, variables: [withDefault] }, check: everyRow })).toEqual([])
  })

  it('an empty list is still the list’s fault, not the variable’s', () => {
    expect(ids({ map, launchableCount: 0, check: check(0) })).toEqual([['list-empty', 'clean']])
  })
})

describe('a damaged block list', () => {
  it('says what main kept and dropped when its notice has the counts', () => {
    const [kept] = launchBlockers({
      ...base,
      blockListNeedsReview: true,
      blockListNotice: { kept: 12, dropped: 3, unreadablePart: false }
    })
    expect(kept).toMatchObject({
      id: 'blockers.blockList',
      key: 'blockers.blockListCounts',
      params: { kept: 12, dropped: 3 },
      fix: 'clean'
    })
    const [unreadable] = launchBlockers({
      ...base,
      blockListNeedsReview: true,
      blockListNotice: { kept: 0, dropped: 0, unreadablePart: true }
    })
    expect(unreadable?.key).toBe('blockers.blockListUnreadable')
  })
})

describe('"hospedo eu mesmo"', () => {
  const view = (selfSaveToName: string | null, missing: string[]) =>
    ({
      kinbox: {
        channelId: 'canal-1',
        channelType: '1',
        operatorName: '',
        businessHoursId: '',
        leadsFile: { host: 'self', s3: {}, self: { url: 'https://meu.site/leads.xlsx' } },
        selfSaveToName,
        missing
      },
      integra: { missing: [] }
    }) as unknown as AccountsView

  it('is not a blocker once the URL and the file are chosen: main swaps in the stored path', () => {
    expect(accountMissing(view('leads.xlsx', []), 'kinbox')).toEqual([])
    expect(kinboxAccountPart(view('leads.xlsx', []))).toMatchObject({
      draft: false,
      settings: {
        leadsFile: { host: 'self', url: 'https://meu.site/leads.xlsx', saveTo: 'leads.xlsx' }
      }
    })
  })

  it('without a file chosen, main’s own gap says so and the plan stays a draft', () => {
    expect(accountMissing(view(null, ['self_save_to']), 'kinbox')).toEqual(['self_save_to'])
    expect(kinboxAccountPart(view(null, ['self_save_to'])).draft).toBe(true)
  })
})

describe('excluded leads', () => {
  it('each reason opens the Limpar counter that shows its rows, or Mapear', () => {
    expect(exclusionFix('duplicate')).toEqual({
      screen: 'clean',
      filter: { kind: 'status', value: 'duplicate' }
    })
    expect(exclusionFix('do_not_contact')).toEqual({
      screen: 'clean',
      filter: { kind: 'reason', value: 'do_not_contact' }
    })
    expect(exclusionFix('empty_required_variable')).toEqual({ screen: 'map' })
  })
})

describe('campaign name', () => {
  it('is the file without its extension and the day', () => {
    expect(suggestedName('planilha-vendas.xlsx', Date.UTC(2026, 11, 2, 15), 'pt-BR')).toBe(
      'planilha-vendas · 02/12/2026'
    )
  })
})
