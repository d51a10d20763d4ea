import { describe, expect, it } from 'vitest'
import { cleanLeads } from '../../../shared/cleaning'
import type { CleanRow } from '../../../shared/cleaning/types'
import { readLeadFile } from '../../../shared/import'
import { buildLaunchPlan } from '../../../shared/launch/buildPlan'
import {
  collectLaunchRows,
  launchExclusion,
  tableCells,
  type LaunchChoices
} from '../../../shared/launch/collectRows'
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import { launchableRows } from '../../../renderer/src/worker/clean/cleanState'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'
import { launchCalls } from '../../../renderer/src/worker/launch/launchCalls'
import { KINBOX_SETTINGS, TUESDAY_9, mapping, planOf, variable } from './helpers'

// One row per reason; Sônia's row has a field too many (field_count).
const CSV = [
  'Nome,Telefone,Empresa',
  'Maria,(11) 98765-4321,Padaria',
  'José,123,Oficina',
  'Ana,(11) 98765-4321,Clínica',
  'João,(21) 99876-5432,Mercado',
  'Sônia,(31) 99765-4321,Farmácia,sobra',
  'Luís,(41) 99654-3210,Escola',
  'Otávio,(51) 99543-2109,Livraria'
].join('\n')
const BLOCKED = '+5521998765432'

const table = readLeadFile(new TextEncoder().encode(CSV), 'leads.csv')
const result = cleanLeads(table, { provider: 'kinbox', doNotContact: new Set([BLOCKED]) })

describe('collectLaunchRows', () => {
  const choices: LaunchChoices = { provider: 'kinbox', excludedByUser: new Set([5]) }

  it('keeps the launchable rows with their cells and counts every other row by reason', () => {
    const collected = collectLaunchRows(result, tableCells(table), choices)
    expect(collected.rows.map((r) => [r.row, r.phone, r.cell(2)])).toEqual([
      [2, '+5511987654321', 'Padaria'],
      [8, '+5551995432109', 'Livraria']
    ])
    expect(collected.excluded).toEqual({
      invalid: 1,
      duplicate: 1,
      do_not_contact: 1,
      excluded_by_user: 1,
      field_count_unconfirmed: 1,
      empty_required_variable: 0,
      nationwide_unconfirmed: 0
    })
  })

  it('sends a field_count row once the user confirms it', () => {
    const confirmed = { ...choices, confirmedFieldCount: new Set([4]) }
    const collected = collectLaunchRows(result, tableCells(table), confirmed)
    expect(collected.rows.map((r) => r.row)).toEqual([2, 6, 8])
    expect(collected.excluded.field_count_unconfirmed).toBe(0)
  })

  it('feeds a plan that accounts for every row of the file', () => {
    const collected = collectLaunchRows(result, tableCells(table), choices)
    const plan = planOf(
      buildLaunchPlan({
        provider: 'kinbox',
        name: 'Teste',
        sourceFile: 'leads.csv',
        ...collected,
        mapping: mapping('kinbox', [variable('companyName', 2)]),
        start: TUESDAY_9,
        kinbox: { ...KINBOX_SETTINGS, message: 'Oi {{companyName}}' }
      })
    )
    const excluded = Object.values(plan.excluded).reduce((a, n) => a + (n ?? 0), 0)
    expect(plan.recipients + excluded).toBe(result.rows.length)
    expect(plan.provider === 'kinbox' && plan.leadsFile.rows).toEqual([
      ['5511987654321', 'Padaria'],
      ['5551995432109', 'Livraria']
    ])
  })
})

describe('launchExclusion: nationwide numbers (Kinbox)', () => {
  const flagged = { status: 'ok', warnings: ['nationwide'] } as unknown as CleanRow

  it('holds them back for Kinbox until confirmed, and not for Integra', () => {
    expect(launchExclusion(flagged, 0, { provider: 'kinbox' })).toBe('nationwide_unconfirmed')
    expect(launchExclusion(flagged, 0, { provider: 'kinbox', nationwideConfirmed: true })).toBe(
      null
    )
    expect(launchExclusion(flagged, 0, { provider: 'integra' })).toBe(null)
  })
})

describe('the worker uses the same rule (launchableRows, launchPlan)', () => {
  it('plans over its launchable rows with the exclusions counted', () => {
    const bytes = new TextEncoder().encode(CSV)
    const noProgress = (): void => undefined
    importCalls.import(
      { bytes: bytes.buffer, fileName: 'leads.csv', settings: {} },
      { progress: noProgress }
    )
    cleanCalls.cleanConfigure({ blockList: [BLOCKED] })
    cleanCalls.cleanExclude({ target: { indices: [5] }, excluded: true })
    expect(launchableRows().map((r) => r.clean.row)).toEqual([2, 8])

    const plan = planOf(
      launchCalls.launchPlan({
        provider: 'kinbox',
        name: 'Teste',
        mapping: mapping('kinbox', [variable('companyName', 2)]),
        start: TUESDAY_9,
        kinbox: { ...KINBOX_SETTINGS, message: 'Oi {{companyName}}' }
      })
    )
    expect(plan.sourceFile).toBe('leads.csv')
    expect(plan.parts[0]!.rows).toEqual([2, 8])
    expect(plan.excluded).toMatchObject({
      invalid: 1,
      duplicate: 1,
      do_not_contact: 1,
      excluded_by_user: 1,
      field_count_unconfirmed: 1
    })
  })
})
