import { describe, expect, it } from 'vitest'
import { buildIntegraRecipients } from '../../../shared/mapping/integra'
import { buildKinboxLeadRows, kinboxNumber } from '../../../shared/mapping/kinbox'
import type { Mapping } from '../../../shared/mapping/mapping'
import { variableRecord } from '../../../shared/mapping/rowValues'
import { mappingRow } from './rows'

// Columns: Nome, Telefone, Empresa, Data Cadastro, Valor Proposta, Cargo
const rows = [
  mappingRow(2, '+5522993153952', [
    'JOSÉ CONCEIÇÃO',
    '022993153952',
    'Tech Nordeste',
    '26/12/2025',
    '27985.03',
    'Gerente'
  ]),
  mappingRow(3, '+5598997126954', ['Vitória Pereira', '(98) 99712-6954', '', '45667', '', '  ']),
  mappingRow(5, '+5531994039912', ['', '31994039912', 'Acme', 'ontem', '1.234,56'])
]

const mapping = (provider: Mapping['provider']): Mapping => ({
  provider,
  phone: { column: 1 },
  name: { column: 0 },
  variables: [
    {
      key: 'leadName',
      column: 0,
      transform: 'firstName',
      empty: { kind: 'default', value: 'cliente' }
    },
    { key: 'companyName', column: 2, empty: { kind: 'omit' } },
    { key: 'since', column: 3, transform: 'date_br', empty: { kind: 'default', value: '' } },
    { key: 'amount', column: 4, transform: 'money_brl', empty: { kind: 'omit' } },
    { key: 'role', column: 5, empty: { kind: 'default', value: '' } }
  ]
})

describe('buildIntegraRecipients', () => {
  const { recipients, issues } = buildIntegraRecipients(rows, mapping('integra'))

  it('builds one recipient per row with string variables, defaults and omitted keys', () => {
    expect(recipients).toEqual([
      {
        phone_number: '+5522993153952',
        recipient_name: 'José Conceição',
        dynamic_variables: {
          leadName: 'José',
          companyName: 'Tech Nordeste',
          since: '26/12/2025',
          amount: 'R$ 27.985,03',
          role: 'Gerente'
        }
      },
      {
        phone_number: '+5598997126954',
        recipient_name: 'Vitória Pereira',
        dynamic_variables: { leadName: 'Vitória', since: '10/01/2025', role: '' }
      },
      {
        phone_number: '+5531994039912',
        dynamic_variables: {
          leadName: 'cliente',
          companyName: 'Acme',
          since: 'ontem',
          amount: 'R$ 1.234,56',
          role: ''
        }
      }
    ])
  })

  it('flags empty values sent as "" and unreadable transforms on their rows', () => {
    expect(issues).toEqual([
      { row: 3, key: 'role', code: 'empty_value' },
      { row: 5, key: 'since', code: 'transform_failed' },
      { row: 5, key: 'role', code: 'empty_value' }
    ])
  })

  it('flags a value over 1,000 characters but still sends it', () => {
    const long = 'x'.repeat(1001)
    const fits = 'y'.repeat(1000)
    const m: Mapping = {
      provider: 'integra',
      phone: { column: 1 },
      variables: [
        { key: 'companyName', column: 2, empty: { kind: 'omit' } },
        { key: 'note', column: 3, empty: { kind: 'omit' } }
      ]
    }
    const result = buildIntegraRecipients(
      [mappingRow(7, '+5511987654321', ['Ana', '', long, fits])],
      m
    )
    expect(result.issues).toEqual([{ row: 7, key: 'companyName', code: 'value_too_long' }])
    expect(result.recipients[0]?.dynamic_variables.companyName).toBe(long)
  })

  it('sends a long default too, flagged', () => {
    const m: Mapping = {
      provider: 'integra',
      phone: { column: 1 },
      variables: [{ key: 'note', column: 9, empty: { kind: 'default', value: 'z'.repeat(1001) } }]
    }
    const result = buildIntegraRecipients([mappingRow(4, '+5511987654321', [])], m)
    expect(result.issues).toEqual([{ row: 4, key: 'note', code: 'value_too_long' }])
    expect(result.recipients[0]).not.toHaveProperty('recipient_name')
  })
})

describe('buildKinboxLeadRows', () => {
  it('writes number (digits with DDI, no +) then the variables in mapping order', () => {
    expect(buildKinboxLeadRows(rows, mapping('kinbox'))).toEqual({
      header: ['number', 'leadName', 'companyName', 'since', 'amount', 'role'],
      rows: [
        ['5522993153952', 'José', 'Tech Nordeste', '26/12/2025', 'R$ 27.985,03', 'Gerente'],
        ['5598997126954', 'Vitória', '', '10/01/2025', '', ''],
        ['5531994039912', 'cliente', 'Acme', 'ontem', 'R$ 1.234,56', '']
      ]
    })
  })

  it('follows the mapping order, not the column order', () => {
    const m = mapping('kinbox')
    const reversed = { ...m, variables: [...m.variables].reverse() }
    const result = buildKinboxLeadRows(rows.slice(0, 1), reversed)
    expect(result.header).toEqual(['number', 'role', 'amount', 'since', 'companyName', 'leadName'])
    expect(result.rows[0]).toEqual([
      '5522993153952',
      'Gerente',
      'R$ 27.985,03',
      '26/12/2025',
      'Tech Nordeste',
      'José'
    ])
  })

  it('has just the number column without variables', () => {
    const result = buildKinboxLeadRows(rows, { ...mapping('kinbox'), variables: [] })
    expect(result).toEqual({
      header: ['number'],
      rows: [['5522993153952'], ['5598997126954'], ['5531994039912']]
    })
  })

  it('strips the plus only', () => {
    expect(kinboxNumber('+5585984134352')).toBe('5585984134352')
    expect(kinboxNumber('+14155552671')).toBe('14155552671')
  })
})

describe('variableRecord', () => {
  it('gives the preview every key, omitted ones as ""', () => {
    expect(variableRecord(rows[1]!, mapping('kinbox'))).toEqual({
      leadName: 'Vitória',
      companyName: '',
      since: '10/01/2025',
      amount: '',
      role: ''
    })
  })
})
