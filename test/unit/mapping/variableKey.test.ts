import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  VARIABLE_KEY_PATTERN,
  suggestVariableKey,
  validateVariableKey
} from '../../../shared/mapping/variableKey'

describe('suggestVariableKey', () => {
  it.each([
    ['Razão Social', 'razaoSocial'],
    ['Data Cadastro', 'dataCadastro'],
    ['Nome completo', 'nomeCompleto'],
    ['E-mail', 'email'],
    ['UF', 'uf'],
    ['Valor Proposta (R$)', 'valorProposta'],
    ['cod_area', 'codArea'],
    ['leadName', 'leadName'],
    ['1º Contato', '_1oContato'],
    ['Função', 'funcao'],
    ['', 'variavel'],
    ['???', 'variavel']
  ])('%s → %s', (header, key) => {
    expect(suggestVariableKey(header)).toBe(key)
  })

  it('adds a numeric suffix until the key is unique', () => {
    expect(suggestVariableKey('Nome', ['nome'])).toBe('nome2')
    expect(suggestVariableKey('Nome', ['nome', 'nome2'])).toBe('nome3')
  })

  it('stays within 64 characters, suffix included', () => {
    const long = 'palavra '.repeat(20)
    const first = suggestVariableKey(long)
    expect(first).toHaveLength(64)
    const second = suggestVariableKey(long, [first])
    expect(second).toHaveLength(64)
    expect(second.endsWith('2')).toBe(true)
  })

  it('always yields a valid key that differs from the existing ones', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.array(fc.string()), (header, existing) => {
        const key = suggestVariableKey(header, existing)
        expect(validateVariableKey(key, existing)).toEqual([])
      })
    )
  })
})

describe('validateVariableKey', () => {
  it.each([
    ['', ['empty']],
    ['leadName', []],
    ['_x1', []],
    ['1nome', ['pattern']],
    ['nome completo', ['pattern']],
    ['razãoSocial', ['pattern']],
    ['a'.repeat(64), []],
    ['a'.repeat(65), ['too_long']],
    ['é'.repeat(65), ['pattern', 'too_long']]
  ])('%j → %j', (key, errors) => {
    expect(validateVariableKey(key, [])).toEqual(errors)
  })

  it('finds duplicates, case-sensitively', () => {
    expect(validateVariableKey('nome', ['email', 'nome'])).toEqual(['duplicate'])
    expect(validateVariableKey('Nome', ['nome'])).toEqual([])
  })

  it('agrees with the pattern', () => {
    expect(VARIABLE_KEY_PATTERN.test('a_B9')).toBe(true)
  })
})
