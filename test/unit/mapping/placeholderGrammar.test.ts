import { describe, expect, it } from 'vitest'
import {
  openPlaceholder,
  parsePlaceholders,
  placeholderFor,
  placeholderKeys,
  renderMessage,
  replacePlaceholders
} from '../../../shared/mapping/placeholders'
import { toKinboxMessage } from '../../../shared/providers/kinbox/decisions'

/**
 * One placeholder grammar (shared/mapping/placeholders.ts): what the editor writes is what the
 * preview, the checks, the plan and the Kinbox rewrite read.
 */
describe('placeholder grammar', () => {
  it('what placeholderFor writes, parsePlaceholders reads back', () => {
    for (const key of ['leadName', 'nome2', '_x', 'a']) {
      const text = `Oi ${placeholderFor(key)}!`
      expect(placeholderKeys(text)).toEqual([key])
      expect(renderMessage(text, { [key]: 'Ana' })).toBe('Oi Ana!')
    }
  })

  it('inner spaces are trimmed; empty, nested and multi-line braces are not placeholders', () => {
    expect(placeholderKeys('{{ leadName }} {{}} {{ }} {{a\nb}} {{{x}}}')).toEqual(['leadName', 'x'])
  })

  it('replacePlaceholders leaves a placeholder it has no text for as written', () => {
    const text = 'Oi {{nome}}, {{cidade}}'
    expect(replacePlaceholders(text, (key) => (key === 'nome' ? 'Ana' : undefined))).toBe(
      'Oi Ana, {{cidade}}'
    )
    expect(parsePlaceholders(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      '{{nome}}',
      '{{cidade}}'
    ])
  })

  it('the editor completes the placeholder being typed before the caret', () => {
    expect(openPlaceholder('Olá {{lea')).toEqual({ start: 4, typed: 'lea' })
    expect(openPlaceholder('Olá {{')).toEqual({ start: 4, typed: '' })
    expect(openPlaceholder('Olá {{leadName}}')).toBeNull()
    expect(openPlaceholder('Olá {{lead name')).toBeNull()
    expect(openPlaceholder('Olá')).toBeNull()
  })

  it('the Kinbox message keeps the grammar (named style: as written)', () => {
    expect(toKinboxMessage('Oi {{leadName}}', ['leadName'])).toBe('Oi {{leadName}}')
  })
})
