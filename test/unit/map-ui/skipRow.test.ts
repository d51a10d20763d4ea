/**
 * "Não enviar a linha" in Mapear: the worker's check counts the rows a `skipRow` variable
 * leaves out (by the variable, with their row numbers), keeps them out of the other checks
 * and of the launchable count, and the problem list shows them as a warning, not an error.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Mapping } from '../../../shared/mapping'
import { isBlocking, mapProblems } from '../../../renderer/src/features/map/problems'
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'
import { checkMapping } from '../../../renderer/src/worker/map/mapCheck'

const CSV = [
  'nome,telefone,cidade',
  'Maria Silva,11987654321,São Paulo',
  'José Souza,21987654321,',
  'Ana Lima,31987654321,',
  'João Reis,41987654321,Curitiba'
].join('\n')

function importText(text: string): void {
  cleanCalls.cleanConfigure({
    settings: { provider: 'kinbox', country: 'BR' },
    blockList: []
  })
  const bytes = new TextEncoder().encode(text)
  importCalls.import(
    { bytes: bytes.buffer, fileName: 'leads.csv', settings: {} },
    { progress: () => undefined }
  )
}

const mapping = (empty: Mapping['variables'][number]['empty']): Mapping => ({
  provider: 'kinbox',
  phone: { column: 1 },
  name: { column: 0 },
  variables: [
    { key: 'nome', column: 0, transform: 'firstName', empty: { kind: 'default', value: '' } },
    { key: 'cidade', column: 2, empty }
  ]
})

const problemsOf = (check: ReturnType<typeof checkMapping>, message: string) =>
  mapProblems({
    provider: 'kinbox',
    phone: 1,
    variables: [
      { id: 1, key: 'nome', column: 0, transform: null, empty: { kind: 'default', value: '' } },
      { id: 2, key: 'cidade', column: 2, transform: null, empty: { kind: 'skipRow' } }
    ],
    message,
    voicemail: { enabled: false, text: '' },
    check
  }).filter((p) => p.code !== 'unused_variables')

describe('Mapear: não enviar a linha', () => {
  beforeEach(() => importText(CSV))

  it('counts the skipped rows by variable and sends only the others', () => {
    const message = 'Oi {{nome}}, de {{cidade}}'
    const check = checkMapping(mapping({ kind: 'skipRow' }), message)
    expect(check.skippedRows).toEqual([{ key: 'cidade', count: 2, rows: [3, 4] }])
    expect(check.launchable).toBe(2)
    // The skipped rows are not also "empty" or "empty message".
    expect(check.emptyVariables).toEqual([])
    const problems = problemsOf(check, message)
    expect(problems).toEqual([
      {
        level: 'warn',
        code: 'skipped_rows',
        params: { key: 'cidade', count: 2 },
        rows: { key: 'cidade', count: 2, rows: [3, 4] }
      }
    ])
    expect(isBlocking(problems)).toBe(false)
  })

  it('sends the rows with an empty value when the rule is "enviar vazio"', () => {
    const message = 'Oi {{nome}}, de {{cidade}}'
    const check = checkMapping(mapping({ kind: 'default', value: '' }), message)
    expect(check.skippedRows).toEqual([])
    expect(check.launchable).toBe(4)
    expect(check.emptyVariables).toEqual([{ key: 'cidade', count: 2, rows: [3, 4] }])
  })

  it('skips nothing when the Kinbox message does not use the variable', () => {
    const check = checkMapping(mapping({ kind: 'skipRow' }), 'Oi {{nome}}')
    expect(check.skippedRows).toEqual([])
    expect(check.launchable).toBe(4)
  })

  it('an empty required variable that leaves no row is an error naming it', () => {
    importText(CSV.replace('São Paulo', '').replace('Curitiba', ''))
    const message = 'Oi {{cidade}}'
    const check = checkMapping(mapping({ kind: 'skipRow' }), message)
    expect(check.skippedRows[0]?.count).toBe(4)
    expect(problemsOf(check, message).map((p) => `${p.level}:${p.code}`)).toEqual([
      'error:required_variable_empty',
      'warn:skipped_rows'
    ])
  })
})
