/**
 * Issue 13, "One direction, cached": the worker computes the launchable rows once per change
 * of their inputs, and each variable's values once per (column, transform). What the user sees
 * (Mapear's preview and checks) follows every change in Limpar, and an edit in Mapear
 * recomputes only what it touched. The cached checks equal the straightforward walk over every
 * row (test/bench/mapBaseline.ts, the code before the cache) on a messy export.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Mapping } from '../../../shared/mapping'
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import { cleanState } from '../../../renderer/src/worker/clean/cleanState'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'
import { launchableCacheStats } from '../../../renderer/src/worker/launch/launchableCache'
import { mapCalls } from '../../../renderer/src/worker/map/mapCalls'
import type { MapCheck, PreviewTarget } from '../../../renderer/src/worker/map/mapProtocol'
import { MESSY_HEADER, messyCsvText } from '../../perf/bigInputs'
import * as baseline from '../../bench/mapBaseline'

const CSV = [
  'Nome,Telefone,Cidade,Valor',
  'MARIA SILVA,(11) 98765-4321,São Paulo,1234.5',
  'José Souza,(21) 99876-5432,,20',
  'Ana Lima,123,Belém,30',
  'João Reis,(41) 99654-3210,Curitiba,abc'
].join('\n')

function importText(text: string, clean?: Parameters<typeof importCalls.import>[0]['clean']): void {
  const bytes = new TextEncoder().encode(text)
  importCalls.import(
    {
      bytes: bytes.buffer,
      fileName: 'leads.csv',
      settings: {},
      ...(clean && { clean })
    },
    { progress: () => undefined }
  )
}

const kinbox = (key = 'nome', transform: 'firstName' | 'upper' = 'firstName'): Mapping => ({
  provider: 'kinbox',
  phone: { column: 1 },
  name: { column: 0 },
  variables: [
    { key, column: 0, transform, empty: { kind: 'default', value: '' } },
    { key: 'cidade', column: 2, empty: { kind: 'default', value: '' } },
    { key: 'valor', column: 3, transform: 'money_brl', empty: { kind: 'omit' } }
  ]
})

const preview = (mapping: Mapping, text: string, target: PreviewTarget = { position: 0 }) =>
  mapCalls.mapPreview({ mapping, text, target })
const check = (mapping: Mapping, text: string | null, maxLength?: number): MapCheck =>
  mapCalls.mapCheck({
    mapping,
    text,
    ...(maxLength !== undefined && { maxLength })
  })
const builds = () => ({ ...launchableCacheStats })
const rowIndex = (row: number) => row - 2

describe('Mapear reads the launchable rows from the worker cache', () => {
  beforeEach(() => {
    cleanCalls.cleanConfigure({
      settings: { provider: 'kinbox', country: 'BR' },
      blockList: []
    })
    importText(CSV)
  })

  it('a Limpar edit changes the rows Mapear previews and checks', () => {
    const mapping = kinbox()
    const text = 'Oi {{nome}} de {{cidade}}'
    expect(check(mapping, text).launchable).toBe(3)
    expect(preview(mapping, text, { row: 4 }).missing).toEqual({
      row: 4,
      reason: 'not_launchable'
    })
    const before = builds()

    // Ana's phone fixed: she is launchable now, and her row shows in the preview.
    cleanCalls.cleanEdit({ index: rowIndex(4), cells: { phone: '31987654321' } })
    expect(check(mapping, text).launchable).toBe(4)
    const ana = preview(mapping, text, { row: 4 })
    expect(ana.missing).toBeNull()
    expect(ana.shown?.text).toBe('Oi Ana de Belém')
    expect(builds().rowBuilds).toBe(before.rowBuilds + 1)

    // A name fixed in Limpar is the name Mapear sends.
    cleanCalls.cleanEdit({ index: rowIndex(2), cells: { name: 'Mariana' } })
    expect(preview(mapping, text, { row: 2 }).shown?.text).toBe('Oi Mariana de São Paulo')

    // Excluded, then the exclusion undone.
    cleanCalls.cleanExclude({
      target: { indices: [rowIndex(2)] },
      excluded: true
    })
    expect(check(mapping, text).launchable).toBe(3)
    expect(preview(mapping, text, { row: 2 }).missing?.reason).toBe('not_launchable')
    cleanCalls.cleanUndo()
    expect(check(mapping, text).launchable).toBe(4)
    expect(preview(mapping, text).shown?.row).toBe(2)
  })

  it('the same rows twice: nothing is recomputed', () => {
    const mapping = kinbox()
    check(mapping, 'Oi {{nome}}')
    const before = builds()
    preview(mapping, 'Oi {{nome}}!')
    check(mapping, 'Oi {{nome}}!')
    expect(builds()).toEqual(before)
  })

  it('renaming a variable recomputes neither the rows nor its values; the preview uses the new name', () => {
    check(kinbox('nome'), 'Oi {{nome}}')
    const before = builds()
    const renamed = kinbox('primeiroNome')
    const shown = preview(renamed, 'Oi {{primeiroNome}}').shown
    expect(shown?.text).toBe('Oi Maria')
    expect(shown?.values[0]).toMatchObject({ key: 'primeiroNome', value: 'Maria' })
    const result = check(renamed, 'Oi {{primeiroNome}} {{nome}}')
    expect(result.text?.unknownPlaceholders).toEqual(['nome'])
    expect(builds()).toEqual(before)
  })

  it('changing a transform recomputes that column only, and the preview shows it', () => {
    check(kinbox('nome', 'firstName'), 'Oi {{nome}}')
    const before = builds()
    expect(preview(kinbox('nome', 'upper'), 'Oi {{nome}}').shown?.text).toBe('Oi MARIA SILVA')
    check(kinbox('nome', 'upper'), 'Oi {{nome}}')
    expect(builds()).toEqual({ ...before, transformBuilds: before.transformBuilds + 1 })
    // Back to the first one: still known.
    check(kinbox('nome', 'firstName'), 'Oi {{nome}}')
    expect(builds()).toEqual({ ...before, transformBuilds: before.transformBuilds + 1 })
  })

  it('checks follow the message alone: used variables, blank messages, skipped rows', () => {
    const skip: Mapping = {
      ...kinbox(),
      variables: [
        ...kinbox().variables.slice(0, 1),
        { key: 'cidade', column: 2, empty: { kind: 'skipRow' } }
      ]
    }
    expect(check(skip, 'Oi {{nome}}').skippedRows).toEqual([])
    const withCity = check(skip, 'Oi {{nome}} de {{cidade}}')
    expect(withCity.skippedRows).toEqual([{ key: 'cidade', count: 1, rows: [3] }])
    expect(withCity.launchable).toBe(2)
    expect(check(skip, ' {{cidade}} ').emptyMessageRows).toEqual({ count: 0, rows: [] })
    const blankable = { ...kinbox(), variables: kinbox().variables.slice(1) }
    expect(check(blankable, ' {{cidade}} ').emptyMessageRows).toEqual({ count: 1, rows: [3] })
    expect(check(blankable, ' {{cidade}} ').emptyVariables).toEqual([
      { key: 'cidade', count: 1, rows: [3] }
    ])
  })
})

describe('the cached checks equal a walk over every row (messy export, 3,000 rows)', () => {
  const header = MESSY_HEADER
  const column = (name: (typeof MESSY_HEADER)[number]) => header.indexOf(name)
  const mappings: [string, Mapping, string | null, number?][] = [
    [
      'kinbox with skipRow, omit, defaults and a failing money transform',
      {
        provider: 'kinbox',
        phone: { column: column('Telefone') },
        name: { column: column('Nome') },
        variables: [
          {
            key: 'nome',
            column: column('Nome'),
            transform: 'firstName',
            empty: { kind: 'skipRow' }
          },
          { key: 'cargo', column: column('Cargo'), transform: 'title', empty: { kind: 'skipRow' } },
          { key: 'email', column: column('E-mail'), empty: { kind: 'default', value: '  ' } },
          {
            key: 'valor',
            column: column('Valor Proposta'),
            transform: 'money_brl',
            empty: { kind: 'omit' }
          },
          {
            key: 'data',
            column: column('Data Cadastro'),
            transform: 'date_br',
            empty: { kind: 'default', value: 'hoje' }
          },
          { key: 'obs', column: column('Observações'), empty: { kind: 'default', value: '' } },
          {
            key: 'origem',
            column: column('Origem'),
            transform: 'date_br',
            empty: { kind: 'omit' }
          }
        ]
      },
      'Olá {{nome}} ({{cargo}}, {{email}}), {{valor}} em {{data}} {{desconhecida}}'
    ],
    [
      'kinbox message that can be blank',
      {
        provider: 'kinbox',
        phone: { column: column('Telefone') },
        variables: [
          { key: 'cargo', column: column('Cargo'), empty: { kind: 'default', value: '' } },
          { key: 'obs', column: column('Observações'), empty: { kind: 'omit' } }
        ]
      },
      ' {{cargo}}\n{{obs}} '
    ],
    [
      'integra: every variable required, a long default',
      {
        provider: 'integra',
        phone: { column: column('Telefone') },
        variables: [
          {
            key: 'cargo',
            column: column('Cargo'),
            empty: { kind: 'default', value: 'x'.repeat(1001) }
          },
          { key: 'obs', column: column('Observações'), empty: { kind: 'skipRow' } },
          { key: 'empresa', column: column('Empresa'), transform: 'upper', empty: { kind: 'omit' } }
        ]
      },
      'Recado para {{empresa}}',
      500
    ],
    [
      'integra without a voicemail',
      {
        provider: 'integra',
        phone: { column: column('Telefone') },
        variables: [
          { key: 'obs', column: column('Observações'), empty: { kind: 'default', value: '' } }
        ]
      },
      null
    ]
  ]

  beforeEach(() => {
    cleanCalls.cleanConfigure({
      settings: { provider: 'kinbox', country: 'BR' },
      blockList: []
    })
    importText(messyCsvText(3000))
    // Some of Limpar's choices: exclusions, an edited name, the nationwide rows included.
    cleanCalls.cleanExclude({
      target: { indices: [3, 40, 41] },
      excluded: true
    })
    cleanCalls.cleanEdit({ index: 7, cells: { name: '' } })
    cleanCalls.cleanNationwide({ confirmed: true })
  })

  for (const [name, mapping, text, maxLength] of mappings) {
    it(name, () => {
      const ours = check(mapping, text, maxLength)
      expect(ours).toEqual(baseline.checkMapping(mapping, text, maxLength))
      // Not equal by being empty: each case has warnings of its own to get right.
      const found = [
        ours.skippedRows,
        ours.emptyVariables,
        ours.transformFailed,
        ours.tooLongValues
      ].filter((list) => list.length > 0).length
      expect(found + (ours.emptyMessageRows.count > 0 ? 1 : 0)).toBeGreaterThan(0)
      for (const target of [{ position: 0 }, { position: 1234 }, { row: 50 }, { row: 99_999 }]) {
        expect(preview(mapping, text ?? '', target)).toEqual(
          baseline.previewRow(mapping, text ?? '', target)
        )
      }
    })
  }
})

describe('the import call carries the cleaning settings: one clean, with them', () => {
  it('cleans the new file with the provider, country, block list, default DDD and keep', () => {
    cleanCalls.cleanConfigure({
      settings: { provider: 'kinbox', country: 'BR' },
      blockList: []
    })
    const csv = [
      'Nome,Telefone',
      'Maria,98765-4321',
      'José,(21) 99876-5432',
      'Ana,(31) 99765-4321',
      'Ana de novo,31 99765-4321'
    ].join('\n')
    importText(csv, {
      settings: { provider: 'integra', country: 'BR' },
      blockList: ['+5521998765432'],
      defaultDdd: '11',
      keep: 'last'
    })
    const snapshot = cleanCalls.cleanSnapshot()
    expect(snapshot.settings).toEqual({ provider: 'integra', country: 'BR' })
    expect(snapshot.defaultDdd).toBe('11')
    expect(snapshot.keep).toBe('last')
    expect(snapshot.blockedNumbers).toBe(1)
    const rows = cleanCalls.cleanPage({ start: 0, count: 10 }).rows
    const byRow = new Map(rows.map((r) => [r.row, r]))
    expect(byRow.get(2)?.status).toBe('ok') // 98765-4321 with the default DDD 11
    expect(byRow.get(3)?.reason).toBe('do_not_contact')
    expect(byRow.get(4)?.status).toBe('duplicate') // the last one kept
    expect(byRow.get(5)?.status).toBe('ok')
    // The screen then sends the same settings: nothing is cleaned again, nothing to undo.
    const session = cleanState.session
    if (!session) throw new Error('not cleaned')
    const rules = vi.spyOn(session, 'setRowRules')
    const duplicates = vi.spyOn(session, 'setDuplicateRules')
    const again = cleanCalls.cleanConfigure({
      settings: { provider: 'integra', country: 'BR' },
      blockList: ['+5521998765432']
    })
    expect(again.counts).toEqual(snapshot.counts)
    expect(again.undo).toBeNull()
    expect(rules).not.toHaveBeenCalled()
    expect(duplicates).not.toHaveBeenCalled()
  })

  it('a later file starts its own default DDD and keep over', () => {
    importText('Nome,Telefone\nMaria,98765-4321', {
      settings: { provider: 'kinbox', country: 'BR' },
      defaultDdd: '11',
      keep: 'last'
    })
    expect(cleanCalls.cleanSnapshot().counts.ok).toBe(1)
    importText('Nome,Telefone\nMaria,98765-4321', {
      settings: { provider: 'kinbox', country: 'BR' }
    })
    const snapshot = cleanCalls.cleanSnapshot()
    expect([snapshot.defaultDdd, snapshot.keep, snapshot.counts.ok]).toEqual([null, 'first', 0])
  })
})
