import { describe, expect, it } from 'vitest'
import type { Mapping } from '../../../shared/mapping/mapping'
import type { MappingPreset } from '../../../shared/mapping/presets'
import {
  applyPreset,
  findPresetFor,
  headerSignature,
  makePreset,
  mappingPresetSchema,
  upsertPreset
} from '../../../shared/mapping/presets'

const columns = ['Nome', 'Telefone', 'E-mail', 'Empresa', 'Data Cadastro']
const mapping: Mapping = {
  provider: 'integra',
  phone: { column: 1 },
  name: { column: 0 },
  variables: [
    { key: 'companyName', column: 3, empty: { kind: 'default', value: 'sua empresa' } },
    { key: 'since', column: 4, transform: 'date_br', empty: { kind: 'omit' } }
  ]
}

describe('headerSignature', () => {
  it('ignores order, accents, case, punctuation, repeats and blank headers', () => {
    expect(headerSignature(['Nome', 'Telefone', 'E-mail'])).toBe(
      headerSignature(['e mail', 'TELEFONE', '', 'nome', 'Nome'])
    )
    expect(headerSignature(['Razão Social'])).toBe('razao social')
  })

  it('tells different header sets apart', () => {
    expect(headerSignature(['Nome', 'Telefone'])).not.toBe(headerSignature(['Nome', 'Celular']))
    expect(headerSignature(['Nome', 'Telefone'])).not.toBe(headerSignature(['Nome Telefone']))
  })
})

describe('presets', () => {
  const preset = makePreset('CRM', mapping, columns)

  it('stores header names and validates as stored data', () => {
    expect(mappingPresetSchema.parse(JSON.parse(JSON.stringify(preset)))).toEqual(preset)
    expect(preset.mapping.variables.since).toEqual({
      column: 'Data Cadastro',
      transform: 'date_br',
      omitIfEmpty: true
    })
  })

  it('is found for the same headers in another order, per provider', () => {
    const reordered = ['Data Cadastro', 'empresa', 'Telefone', 'E-mail', 'Nome']
    expect(findPresetFor(reordered, [preset], 'integra')).toBe(preset)
    expect(findPresetFor(reordered, [preset], 'kinbox')).toBeNull()
    expect(findPresetFor([...columns, 'Cargo'], [preset], 'integra')).toBeNull()
  })

  it('re-resolves columns by header name when applied', () => {
    const reordered = ['Data Cadastro', 'Empresa', 'Telefone', 'E-mail', 'Nome']
    expect(applyPreset(preset, reordered)).toEqual({
      mapping: {
        provider: 'integra',
        phone: { column: 2 },
        name: { column: 4 },
        variables: [
          { key: 'companyName', column: 1, empty: { kind: 'default', value: 'sua empresa' } },
          { key: 'since', column: 0, transform: 'date_br', empty: { kind: 'omit' } }
        ]
      },
      missingColumns: []
    })
  })

  it('reports what a file lacks', () => {
    const result = applyPreset(preset, ['Nome', 'Telefone'])
    expect(result.missingColumns).toEqual(['Empresa', 'Data Cadastro'])
    expect(result.mapping?.variables).toEqual([])
  })

  it('prefers the latest saved and replaces one saved again under its name', () => {
    const newer = makePreset('CRM v2', { ...mapping, variables: [] }, columns)
    expect(findPresetFor(columns, [preset, newer], 'integra')).toBe(newer)
    const other: MappingPreset = { ...preset, provider: 'kinbox' }
    const saved = upsertPreset([preset, newer, other], { ...preset, headerSignature: 'x' })
    expect(saved.map((p) => [p.name, p.provider, p.headerSignature === 'x'])).toEqual([
      ['CRM v2', 'integra', false],
      ['CRM', 'kinbox', false],
      ['CRM', 'integra', true]
    ])
  })
})
