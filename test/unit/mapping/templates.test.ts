import { describe, expect, it } from 'vitest'
import type { Mapping } from '../../../shared/mapping/mapping'
import {
  parsePlaceholders,
  placeholderKeys,
  renderMessage
} from '../../../shared/mapping/placeholders'
import { INTEGRA_TTS_MAX_LENGTH, templateWarnings } from '../../../shared/mapping/templateWarnings'
import type { FormattedSpan } from '../../../shared/mapping/whatsappFormat'
import { formatWhatsApp } from '../../../shared/mapping/whatsappFormat'
import { mappingRow } from './rows'

describe('placeholders', () => {
  it('finds {{key}} and {{ key }} with their offsets', () => {
    const text = 'Olá {{leadName}}, da {{ companyName }}!'
    expect(parsePlaceholders(text)).toEqual([
      { key: 'leadName', start: 4, end: 16 },
      { key: 'companyName', start: 21, end: 38 }
    ])
  })

  it('ignores empty braces, single braces and line-broken ones; keeps invalid keys for warnings', () => {
    expect(placeholderKeys('{{}} {x} {{ \n a }} {{nome completo}} {{a}}{{a}}')).toEqual([
      'nome completo',
      'a'
    ])
  })

  it('renders values and leaves unknown placeholders visible', () => {
    const text = 'Olá {{ leadName }}, {{leadName}}! {{x}} {{toString}}'
    expect(renderMessage(text, { leadName: 'José' })).toBe('Olá José, José! {{x}} {{toString}}')
    expect(renderMessage('{{a}}{{b}}', { a: '{{b}}', b: '$&' })).toBe('{{b}}$&')
    expect(renderMessage('sem variáveis', {})).toBe('sem variáveis')
  })
})

const span = (text: string, style: Partial<FormattedSpan> = {}): FormattedSpan => ({
  text,
  bold: false,
  italic: false,
  strike: false,
  mono: false,
  ...style
})

describe('formatWhatsApp', () => {
  it('splits bold, italic, strike and mono', () => {
    expect(formatWhatsApp('Olá *José*, _veja_ ~isto~ e ```a*b*c```.')).toEqual([
      span('Olá '),
      span('José', { bold: true }),
      span(', '),
      span('veja', { italic: true }),
      span(' '),
      span('isto', { strike: true }),
      span(' e '),
      span('a*b*c', { mono: true }),
      span('.')
    ])
  })

  it('nests styles', () => {
    expect(formatWhatsApp('*_ambos_ só negrito*')).toEqual([
      span('ambos', { bold: true, italic: true }),
      span(' só negrito', { bold: true })
    ])
  })

  it.each([
    ['2*3*4', 'inside a word'],
    ['preço*2* hoje', 'opener inside a word'],
    ['* solto*', 'space after the opener'],
    ['*solto *', 'space before the closer'],
    ['**', 'nothing inside'],
    ['*a\nb*', 'across a line'],
    ['snake_case_name', 'underscores inside words'],
    ['```', 'an unclosed fence'],
    ['*só abre', 'no closer']
  ])('keeps %j literal (%s)', (text) => {
    expect(formatWhatsApp(text)).toEqual([span(text)])
  })

  it('returns nothing for an empty text and keeps line breaks', () => {
    expect(formatWhatsApp('')).toEqual([])
    expect(formatWhatsApp('*a*\n_b_')).toEqual([
      span('a', { bold: true }),
      span('\n'),
      span('b', { italic: true })
    ])
  })

  it('loses no character outside markers', () => {
    const text = 'Oi {{leadName}}! Sua proposta de *R$ 1.234,56* vence _26/12/2025_.'
    const shown = formatWhatsApp(text)
      .map((s) => s.text)
      .join('')
    expect(shown).toBe('Oi {{leadName}}! Sua proposta de R$ 1.234,56 vence 26/12/2025.')
  })
})

describe('templateWarnings', () => {
  const mapping: Mapping = {
    provider: 'kinbox',
    phone: { column: 1 },
    variables: [
      { key: 'leadName', column: 0, transform: 'firstName', empty: { kind: 'default', value: '' } },
      { key: 'companyName', column: 2, empty: { kind: 'omit' } },
      { key: 'city', column: 3, empty: { kind: 'default', value: 'sua cidade' } },
      { key: 'role', column: 4, empty: { kind: 'default', value: '' } }
    ]
  }
  const rows = [
    mappingRow(2, '+5511987654321', ['Ana', '', 'Acme', '', 'Gerente']),
    mappingRow(3, '+5511987654322', ['', '', 'Beta', 'Recife']),
    mappingRow(4, '+5511987654323', ['', '', '', ''])
  ]

  it('reports unknown placeholders, unused variables, empty values and empty messages', () => {
    const warnings = templateWarnings('{{leadName}}{{ companyName }}{{cidade}}', mapping, rows)
    expect(warnings).toEqual({
      unknownPlaceholders: ['cidade'],
      unusedVariables: ['city', 'role'],
      emptyVariables: [
        { key: 'leadName', rows: [3, 4] },
        { key: 'companyName', rows: [4] }
      ],
      emptyMessageRows: [],
      tooLong: null
    })
  })

  it('counts a message blank only when every part of it is', () => {
    const warnings = templateWarnings(' {{leadName}} {{companyName}} ', mapping, rows)
    expect(warnings.emptyMessageRows).toEqual([4])
    expect(warnings.unknownPlaceholders).toEqual([])
  })

  it('does not count a default-filled variable as empty', () => {
    expect(templateWarnings('{{city}}', mapping, rows).emptyVariables).toEqual([])
  })

  it('has no unused variables for Integra, whose prompt receives them all', () => {
    const warnings = templateWarnings('', { ...mapping, provider: 'integra' }, [])
    expect(warnings.unusedVariables).toEqual([])
  })

  it('checks the Integra voicemail TTS limit of 500 characters', () => {
    const max = INTEGRA_TTS_MAX_LENGTH
    expect(max).toBe(500)
    expect(templateWarnings('a'.repeat(500), mapping, [], { maxLength: max }).tooLong).toBeNull()
    expect(templateWarnings('a'.repeat(501), mapping, [], { maxLength: max }).tooLong).toEqual({
      length: 501,
      max
    })
  })
})
