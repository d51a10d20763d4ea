/**
 * The page's side of drafts: what the autosave builds from the stores is a draft main accepts
 * (its own zod schema), and a restore gives it back through the stores' actions, in order.
 */
import { describe, expect, it } from 'vitest'
import { DraftContent, type DraftSchedule } from '../../../shared/ipc/drafts'
import {
  buildDraftContent,
  furthestStep,
  hasLimparWork,
  importSettingsOf,
  limparOf,
  restoreDraftContent,
  type DraftInputs,
  type RestoreSteps
} from '../../../renderer/src/features/drafts/draftContent'
import { defaultForm } from '../../../renderer/src/features/schedule/formModel'
import type { DraftLimpar } from '../../../shared/ipc/drafts'

const SOURCE = {
  fileName: 'planilha-vendas.xlsx',
  size: 1234,
  sha256: 'a'.repeat(64),
  protected: false
}

const LIMPAR: DraftLimpar = {
  cellEdits: { '3': { name: 'Fulana' }, '10': { phone: '47 99999-0000', ddd: '' } },
  exclusions: [4, 7],
  fieldCountConfirmations: [2],
  nationwideConfirmed: true,
  defaultDdd: '47',
  keep: 'last'
}

function inputs(patch: Partial<DraftInputs> = {}): DraftInputs {
  return {
    source: SOURCE,
    importSettings: { sheet: 'Vendas', headerRow: 1, columns: { phone: 'Telefone', ddd: '' } },
    limpar: LIMPAR,
    mapping: {
      phone: 1,
      ddd: null,
      name: 0,
      variables: [
        { id: 7, key: 'leadName', column: 0, transform: null, empty: { kind: 'omit' } },
        {
          id: 9,
          key: 'amount',
          column: 4,
          transform: 'money_brl',
          empty: { kind: 'default', value: '-' }
        }
      ]
    },
    message: 'Olá {{leadName}}',
    voicemail: { enabled: false, text: '' },
    schedule: defaultForm(Date.UTC(2026, 11, 2, 12)),
    provider: 'integra',
    campaignName: 'Vendas dezembro',
    stepReached: 'map',
    leadsCount: 42,
    ...patch
  }
}

/** Records each action a restore calls, with its argument. */
function recorder(importWorks = true): { steps: RestoreSteps; calls: [string, unknown][] } {
  const calls: [string, unknown][] = []
  const note =
    (name: string) =>
    (value: unknown): void =>
      void calls.push([name, value])
  return {
    calls,
    steps: {
      chooseProvider: note('chooseProvider'),
      importFile: (name, bytes, settings, list) => {
        calls.push(['importFile', { name, size: bytes.byteLength, settings, list }])
        return Promise.resolve(importWorks)
      },
      applyLimpar: (limpar) => Promise.resolve(note('applyLimpar')(limpar)),
      applyMapping: (mapping) => Promise.resolve(note('applyMapping')(mapping)),
      setMessage: note('setMessage'),
      setVoicemail: note('setVoicemail'),
      setSchedule: note('setSchedule'),
      setCampaignName: note('setCampaignName'),
      goTo: note('goTo')
    }
  }
}

describe('buildDraftContent', () => {
  it('makes a draft main accepts, with every choice and no local ids', () => {
    const draft = buildDraftContent(inputs())
    expect(DraftContent.safeParse(draft).success).toBe(true)
    expect(draft).toMatchObject({
      source: SOURCE,
      sheet: 'Vendas',
      headerRow: 1,
      columns: { phone: 'Telefone', ddd: '' },
      cellEdits: LIMPAR.cellEdits,
      exclusions: [4, 7],
      fieldCountConfirmations: [2],
      nationwideConfirmed: true,
      defaultDdd: '47',
      keep: 'last',
      message: 'Olá {{leadName}}',
      provider: 'integra',
      campaignName: 'Vendas dezembro',
      stepReached: 'map',
      leadsCount: 42,
      account: null
    })
    expect(draft.mapping).toEqual({
      provider: 'integra',
      phone: 1,
      ddd: null,
      name: 0,
      variables: [
        { key: 'leadName', column: 0, transform: null, empty: { kind: 'omit' } },
        { key: 'amount', column: 4, transform: 'money_brl', empty: { kind: 'default', value: '-' } }
      ]
    })
  })

  it('before cleaning, Mapear and Agendar: the empty choices', () => {
    const draft = buildDraftContent(
      inputs({ limpar: null, mapping: null, schedule: null, importSettings: {}, leadsCount: null })
    )
    expect(DraftContent.safeParse(draft).success).toBe(true)
    expect(draft).toMatchObject({
      sheet: null,
      headerRow: null,
      columns: {},
      cellEdits: {},
      exclusions: [],
      keep: 'first',
      defaultDdd: null,
      mapping: null,
      schedule: null,
      leadsCount: null
    })
  })

  it('a half-typed time or an over-long text never makes main refuse the save', () => {
    const form = defaultForm(Date.UTC(2026, 11, 2, 12))
    form.editor.mon = { active: true, intervals: [{ open: '9:', close: '18:00' }] }
    const draft = buildDraftContent(
      inputs({ schedule: form, message: 'x'.repeat(25_000), campaignName: 'n'.repeat(300) })
    )
    expect(DraftContent.safeParse(draft).success).toBe(true)
    expect(draft.schedule?.editor.mon.intervals).toEqual([{ open: '', close: '18:00' }])
    expect(draft.message).toHaveLength(20_000)
    expect(draft.campaignName).toHaveLength(200)
  })

  it('remembers the furthest step, not the one open now', () => {
    expect(furthestStep('schedule', 'clean')).toBe('schedule')
    expect(furthestStep('import', 'map')).toBe('map')
  })
})

describe('restoreDraftContent', () => {
  it('gives every choice back through the stores, provider first and the step last', async () => {
    const draft = buildDraftContent(inputs())
    const { steps, calls } = recorder()
    const bytes = new Uint8Array(1234)
    expect(await restoreDraftContent(draft, { name: 'planilha-vendas.xlsx', bytes }, steps)).toBe(
      true
    )
    expect(calls.map(([name]) => name)).toEqual([
      'chooseProvider',
      'importFile',
      'applyLimpar',
      'applyMapping',
      'setMessage',
      'setSchedule',
      'setCampaignName',
      'goTo'
    ])
    const value = (name: string): unknown => calls.find(([n]) => n === name)?.[1]
    expect(value('chooseProvider')).toBe('integra')
    expect(value('importFile')).toEqual({
      name: 'planilha-vendas.xlsx',
      size: 1234,
      settings: { sheet: 'Vendas', headerRow: 1, columns: { phone: 'Telefone', ddd: '' } },
      // Read and cleaned once with the list's own default DDD and duplicate choice.
      list: { defaultDdd: LIMPAR.defaultDdd, keep: LIMPAR.keep }
    })
    expect(value('applyLimpar')).toEqual(LIMPAR)
    expect(value('applyMapping')).toEqual(draft.mapping)
    expect(value('setSchedule')).toEqual(draft.schedule as DraftSchedule)
    expect(value('setCampaignName')).toBe('Vendas dezembro')
    expect(value('goTo')).toBe('map')
  })

  it('a file that cannot be read again restores nothing else', async () => {
    const { steps, calls } = recorder(false)
    const draft = buildDraftContent(inputs())
    expect(
      await restoreDraftContent(draft, { name: 'x.xlsx', bytes: new Uint8Array() }, steps)
    ).toBe(false)
    expect(calls.map(([name]) => name)).toEqual(['chooseProvider', 'importFile'])
  })

  it('a draft with nothing done in Limpar or Mapear leaves their fresh state alone', async () => {
    const { steps, calls } = recorder()
    const draft = buildDraftContent(
      inputs({ limpar: null, mapping: null, message: '', schedule: null, campaignName: '' })
    )
    await restoreDraftContent(draft, { name: 'a.csv', bytes: new Uint8Array(1) }, steps)
    expect(calls.map(([name]) => name)).toEqual(['chooseProvider', 'importFile', 'goTo'])
    expect(hasLimparWork(limparOf(draft))).toBe(false)
    expect(importSettingsOf(draft)).toEqual({
      sheet: 'Vendas',
      headerRow: 1,
      columns: { phone: 'Telefone', ddd: '' }
    })
  })
})
