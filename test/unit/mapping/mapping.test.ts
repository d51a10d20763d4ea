import { describe, expect, it } from 'vitest'
import { cliMappingSchema, fromCliMapping, toCliMapping } from '../../../shared/mapping/cliMapping'
import { findColumn } from '../../../shared/mapping/columns'
import type { Mapping } from '../../../shared/mapping/mapping'
import { mappingSchema } from '../../../shared/mapping/mapping'

const columns = ['Nome', 'DDD', 'Telefone', 'E-mail', 'Empresa', 'Data Cadastro']

const mapping: Mapping = {
  provider: 'integra',
  phone: { column: 2, dddColumn: 1 },
  name: { column: 0 },
  variables: [
    { key: 'leadName', column: 0, transform: 'firstName', empty: { kind: 'default', value: '' } },
    { key: 'companyName', column: 4, empty: { kind: 'default', value: 'sua empresa' } },
    { key: 'since', column: 5, transform: 'date_br', empty: { kind: 'omit' } }
  ]
}

describe('mappingSchema', () => {
  it('accepts a mapping and defaults the empty rule to ""', () => {
    const parsed = mappingSchema.parse({
      provider: 'kinbox',
      phone: { column: 0 },
      variables: [{ key: 'x', column: 1 }]
    })
    expect(parsed.variables[0]?.empty).toEqual({ kind: 'default', value: '' })
    expect(mappingSchema.parse(mapping)).toEqual(mapping)
  })

  it.each([
    ['a bad key', { key: '1x', column: 0 }],
    ['a key over 64', { key: 'k'.repeat(65), column: 0 }],
    ['an unknown transform', { key: 'x', column: 0, transform: 'shout' }],
    ['a negative column', { key: 'x', column: -1 }],
    ['an unknown empty rule', { key: 'x', column: 0, empty: { kind: 'skip' } }]
  ])('refuses %s', (_, variable) => {
    const result = mappingSchema.safeParse({
      provider: 'integra',
      phone: { column: 0 },
      variables: [variable]
    })
    expect(result.success).toBe(false)
  })

  it('refuses duplicate keys, pointing at the second', () => {
    const result = mappingSchema.safeParse({
      ...mapping,
      variables: [mapping.variables[0], { ...mapping.variables[1], key: 'leadName' }]
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['variables', 1, 'key'])
  })
})

describe('cli.md launch mapping', () => {
  it('writes header names, keeping variable order and empty rules', () => {
    const cli = toCliMapping(mapping, columns)
    expect(cli).toEqual({
      phone: 'Telefone',
      ddd: 'DDD',
      name: 'Nome',
      variables: {
        leadName: { column: 'Nome', transform: 'firstName' },
        companyName: { column: 'Empresa', default: 'sua empresa' },
        since: { column: 'Data Cadastro', transform: 'date_br', omitIfEmpty: true }
      }
    })
    expect(Object.keys(cli.variables)).toEqual(['leadName', 'companyName', 'since'])
  })

  it('reads back the same mapping, even from re-ordered columns', () => {
    const cli = toCliMapping(mapping, columns)
    expect(fromCliMapping(cli, columns, 'integra')).toEqual({ mapping, missingColumns: [] })
    const reordered = [...columns].reverse()
    const back = fromCliMapping(cli, reordered, 'integra').mapping
    expect(back && toCliMapping(back, reordered)).toEqual(cli)
  })

  it('parses the example of cli.md', () => {
    const cli = cliMappingSchema.parse({
      phone: 'Telefone',
      name: 'Nome',
      variables: {
        leadName: { column: 'Nome', transform: 'firstName' },
        companyName: { column: 'Empresa' }
      }
    })
    expect(fromCliMapping(cli, columns, 'kinbox').mapping).toEqual({
      provider: 'kinbox',
      phone: { column: 2 },
      name: { column: 0 },
      variables: [
        {
          key: 'leadName',
          column: 0,
          transform: 'firstName',
          empty: { kind: 'default', value: '' }
        },
        { key: 'companyName', column: 4, empty: { kind: 'default', value: '' } }
      ]
    })
  })

  it('refuses bad keys and contradictory empty rules', () => {
    const bad = (variables: unknown): boolean =>
      cliMappingSchema.safeParse({ phone: 'Telefone', variables }).success
    expect(bad({ 'lead name': { column: 'Nome' } })).toBe(false)
    expect(bad({ x: { column: 'Nome', default: 'a', omitIfEmpty: true } })).toBe(false)
    expect(bad({ x: { column: 'Nome', default: 'a' } })).toBe(true)
  })

  it('reports columns the file lacks and gives no mapping without a phone', () => {
    const cli = cliMappingSchema.parse({
      phone: 'Celular',
      name: 'Nome',
      variables: { cargo: { column: 'Cargo' }, empresa: { column: 'Empresa' } }
    })
    const result = fromCliMapping(cli, columns, 'kinbox')
    expect(result).toEqual({ mapping: null, missingColumns: ['Celular', 'Cargo'] })
    const withPhone = fromCliMapping({ ...cli, phone: 'Telefone' }, columns, 'kinbox')
    expect(withPhone.missingColumns).toEqual(['Cargo'])
    expect(withPhone.mapping?.variables.map((v) => v.key)).toEqual(['empresa'])
  })

  it('throws when a mapping points past the columns', () => {
    expect(() => toCliMapping({ ...mapping, name: { column: 9 } }, columns)).toThrow(RangeError)
  })
})

describe('findColumn', () => {
  it('prefers the exact header, then one equal ignoring accents and case', () => {
    expect(findColumn('Telefone', columns)).toBe(2)
    expect(findColumn('email', columns)).toBe(3)
    expect(findColumn('DATA_CADASTRO', columns)).toBe(5)
    expect(findColumn('Nome', ['nome', 'Nome'])).toBe(1)
    expect(findColumn('NOME', ['nome', 'Nome'])).toBeNull()
    expect(findColumn('Cargo', columns)).toBeNull()
    expect(findColumn('', ['', 'x'])).toBe(0)
    expect(findColumn('--', ['', 'x'])).toBeNull()
  })
})
