import { describe, expect, it } from 'vitest'
import type { DraftMapping, DraftVariable } from '../../../renderer/src/features/map/draft'
import { keyErrors, toMapping } from '../../../renderer/src/features/map/draft'
import { initialDraft, suggestionsFor } from '../../../renderer/src/features/map/matching'
import { isBlocking, mapProblems } from '../../../renderer/src/features/map/problems'
import type { MapColumn } from '../../../renderer/src/worker/map/mapProtocol'
import type { TableSummary } from '../../../renderer/src/worker/protocol'

const variable = (id: number, key: string, column: number | null): DraftVariable => ({
  id,
  key,
  column,
  transform: null,
  empty: { kind: 'default', value: '' }
})

const draft = (variables: DraftVariable[]): DraftMapping => ({
  provider: 'kinbox',
  phone: 1,
  ddd: null,
  name: 0,
  variables
})

const columns = (headers: string[]): MapColumn[] =>
  headers.map((header, index) => ({ index, header, samples: [], type: 'text' }))

const table = (phoneColumn: number | null): TableSummary =>
  ({ phoneColumn, dddColumn: null, nameColumn: null }) as TableSummary

describe('Mapear draft', () => {
  it('sends only complete variables and reports duplicates on both', () => {
    const variables = [variable(1, 'nome', 0), variable(2, 'nome', 2), variable(3, 'ok', null)]
    expect(keyErrors(variables).get(1)).toEqual(['duplicate'])
    expect(toMapping(draft(variables))?.variables).toEqual([])
    const fine = toMapping(draft([variable(1, 'nome', 0), variable(2, 'empresa', 2)]))
    expect(fine?.variables.map((v) => v.key)).toEqual(['nome', 'empresa'])
    expect(toMapping({ ...draft([]), phone: null })).toBeNull()
  })

  it('opens with exact matches applied and fuzzy ones suggested', () => {
    const cols = columns(['Nome', 'Telefone', 'Emprsa', 'Valor Proposta'])
    const initial = initialDraft(cols, table(1))
    expect(initial.phone).toBe(1)
    expect(initial.name).toBe(0)
    expect(initial.variables.map((v) => [v.key, v.column, v.transform])).toEqual([
      ['leadName', 0, 'firstName'],
      ['amount', 3, 'money_brl']
    ])
    const suggestions = suggestionsFor(cols, initial)
    expect(suggestions.map((s) => [s.field, s.column])).toEqual([['company', 2]])
    expect(suggestions[0]?.confidence).toBeLessThan(1)
  })

  it('falls back to the import’s phone column when no header is exact', () => {
    expect(initialDraft(columns(['Contato', 'Numero do zap']), table(1)).phone).toBe(1)
  })

  it('blocks on unknown placeholders and an empty message; unused variables only warn', () => {
    const base = {
      provider: 'kinbox' as const,
      phone: 1,
      variables: [variable(1, 'nome', 0), variable(2, 'cidade', 2)],
      voicemail: { enabled: false, text: '' },
      check: null
    }
    const ok = mapProblems({ ...base, message: 'Olá {{nome}}' })
    expect(ok.map((p) => [p.level, p.code])).toEqual([['warn', 'unused_variables']])
    expect(isBlocking(ok)).toBe(false)
    const unknown = mapProblems({ ...base, message: 'Olá {{nomee}} {{cidade}}' })
    expect(unknown.find((p) => p.code === 'unknown_placeholders')?.params?.['keys']).toBe(
      '{{nomee}}'
    )
    expect(isBlocking(unknown)).toBe(true)
    expect(isBlocking(mapProblems({ ...base, message: '  ' }))).toBe(true)
  })

  it('Integra: the voicemail text is limited to 500 characters', () => {
    const problems = mapProblems({
      provider: 'integra',
      phone: 1,
      variables: [],
      message: '',
      voicemail: { enabled: true, text: 'a'.repeat(501) },
      check: null
    })
    expect(problems.map((p) => p.code)).toEqual(['voicemail_too_long'])
  })
})
