import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanName } from '../../../shared/cleaning/name'
import { cleanPersonName, firstNameOf } from '../../../shared/mapping/nameCase'
import { variableValue } from '../../../shared/mapping/rowValues'
import { applyTransform } from '../../../shared/mapping/transforms'

/**
 * One name cleaner (issue 13): what Limpar shows (shared/cleaning/name.ts) and what the request
 * body sends (shared/mapping: the recipient's name, the `firstName` transform) are the same
 * rule, so a name never reads one way in the grid and another in the message.
 */

/** What the body sends for a name cell: the recipient's name and a `firstName` variable. */
function bodyOf(raw: string): { name: string; firstName: string } {
  const variable = { key: 'nome', column: 0, transform: 'firstName' as const }
  return {
    name: cleanPersonName(raw),
    firstName: variableValue(raw, { ...variable, empty: { kind: 'default', value: '' } }).value
  }
}

// [cell, Limpar's and the body's name, firstName] (cleaning.md "Names", issue 14's firstName)
const TABLE: [string, string, string][] = [
  ['MARIA DAS GRAÇAS SILVA', 'Maria das Graças Silva', 'Maria'],
  ['maria dos anjos', 'Maria dos Anjos', 'Maria'],
  ['JOSÉ E MARIA', 'José e Maria', 'José'],
  ['DE SOUZA', 'De Souza', 'De'],
  ['  ana   paula ', 'Ana Paula', 'Ana'],
  ['ÉDSON ÁVILA', 'Édson Ávila', 'Édson'],
  ['ÍTALO', 'Ítalo', 'Ítalo'],
  ['McDonald', 'McDonald', 'McDonald'],
  ['João da Silva', 'João da Silva', 'João'],
  // titles are never a first name, and do not make a name typed in capitals "mixed case"
  ['Dr. JOSÉ SILVA', 'Dr. José Silva', 'José'],
  ['DRA. ANA', 'Dra. Ana', 'Ana'],
  ['sr. joão', 'Sr. João', 'João'],
  ['Sra. Ana Lima', 'Sra. Ana Lima', 'Ana'],
  ['Prof. Carlos', 'Prof. Carlos', 'Carlos'],
  ['Dr. Prof. LUIZ', 'Dr. Prof. Luiz', 'Luiz'],
  ['Dr.', 'Dr.', ''],
  // casing after `-`, `'`, `/`; a possessive 's stays lower
  ['APAS/MARILIA', 'Apas/Marilia', 'Apas/Marilia'],
  ['ana/maria', 'Ana/Maria', 'Ana/Maria'],
  ["UNIMED'S", "Unimed's", "Unimed's"],
  ['ANA-MARIA', 'Ana-Maria', 'Ana-Maria'],
  ["D'ÁVILA", "D'Ávila", "D'Ávila"],
  ["joana d'arc", "Joana D'Arc", 'Joana'],
  // punctuation, emoji and handles around or instead of a first name
  ['Pedro, Silva', 'Pedro, Silva', 'Pedro'],
  ['pedro,', 'Pedro,', 'Pedro'],
  ['"Maria"', '"Maria"', 'Maria'],
  ['-ANA-', '-Ana-', 'Ana'],
  ['MARIA (CLIENTE)', 'Maria (cliente)', 'Maria'],
  ['😀 MARIA', '😀 Maria', 'Maria'],
  ['JOÃO 🙂', 'João 🙂', 'João'],
  ['A😀NA', 'A😀na', 'Ana'],
  ['@maria', '@maria', ''],
  ['maria@x.com Silva', 'maria@x.com Silva', 'Silva'],
  ['123', '123', ''],
  ['', '', '']
]

describe('Limpar and the request body clean a name alike', () => {
  it.each(TABLE)('%j → %j, first name %j', (raw, name, firstName) => {
    expect(cleanName(raw)).toEqual({ name, firstName })
    expect(bodyOf(raw)).toEqual({ name, firstName })
    expect(firstNameOf(raw)).toBe(firstName)
  })

  const letters = ['a', 'A', 'é', 'É', 'ç', 'Ç', 'ß', 'Σ', 'ς', 'İ', 'ı', 'ª']
  const marks = [' ', '  ', '\t', '\u00a0', '-', "'", '’', '/', '.', ',', '@', '😀', '1', '(']
  const words = ['de', 'DA', 'dos', 'e', 'Dr.', 'SRA.', 'prof', 'MARIA', 'josé', 'McDonald']
  const cell = fc
    .array(fc.constantFrom(...letters, ...marks, ...words), { maxLength: 8 })
    .map((parts) => parts.join(''))

  it('any cell: the body sends what Limpar shows, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(cell, (raw) => {
        const limpar = cleanName(raw)
        expect(bodyOf(raw)).toEqual(limpar)
        expect(applyTransform(raw, 'firstName').value).toBe(limpar.firstName)
        expect(cleanName(limpar.name)).toEqual(limpar)
        expect(limpar.firstName).not.toMatch(
          /@|\p{Extended_Pictographic}|^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/u
        )
      }),
      { numRuns: 3000 }
    )
  })
})
