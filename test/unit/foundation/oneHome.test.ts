import { describe, expect, it } from 'vitest'
import { findEmailColumn } from '../../../shared/cleaning/leadInputs'
import type { Provider as CleaningProvider } from '../../../shared/cleaning/types'
import { headerWords } from '../../../shared/import/columns/columnNames'
import { ProviderId } from '../../../shared/ipc/schemas'
import { AccountTestTarget } from '../../../shared/ipc/accounts'
import { LaunchProvider } from '../../../shared/launch/types'
import { normalizeHeader, providerSchema, suggestVariableKey } from '../../../shared/mapping'
import { PROVIDERS, type Provider } from '../../../shared/providers/provider'
import { foldText, stripAccents } from '../../../shared/text/fold'
import { computeView } from '../../../renderer/src/worker/import/tableView'
import type { LeadTable } from '../../../shared/import'

/** Issue 13: each rule has one home in shared/, and every user goes through it. */

describe('one accent fold (shared/text/fold.ts)', () => {
  it.each([
    ['João Conceição', 'Joao Conceicao', 'joao conceicao'],
    ['ÁÉÍÓÚ ÂÊÔ ÃÕ À Ç Ü', 'AEIOU AEO AO A C U', 'aeiou aeo ao a c u'],
    ['Nº do cliente', 'No do cliente', 'no do cliente'],
    ['1ª parcela', '1a parcela', '1a parcela'],
    ['ﬁcha', 'ficha', 'ficha'],
    ['plain ascii', 'plain ascii', 'plain ascii'],
    ['', '', '']
  ])('%j → %j / %j', (text, stripped, folded) => {
    expect(stripAccents(text)).toBe(stripped)
    expect(foldText(text)).toBe(folded)
  })

  it('plain ASCII comes back as the same string (no work per cell)', () => {
    const text = 'Maria Silva 11987654321'
    expect(stripAccents(text)).toBe(text)
  })

  it('header matching, key suggestion, the e-mail column and the grid search all fold alike', () => {
    expect(headerWords('Número do Celular')).toEqual(['numero', 'do', 'celular'])
    expect(normalizeHeader('Número do Celular')).toBe('numero do celular')
    expect(suggestVariableKey('Razão Social')).toBe('razaoSocial')
    expect(findEmailColumn(['Nome', 'Correio Eletrônico'])).toBe(1)
    const cells = [['JOÃO'], ['Maria'], ['joão pedro']]
    const table = {
      grid: {
        cell: (row: number, column: number) => cells[row]?.[column] ?? '',
        width: () => 1
      },
      dataRows: [0, 1, 2],
      columns: ['Nome']
    } as unknown as LeadTable
    expect([...computeView(table, { search: 'joao', sort: null })]).toEqual([0, 2])
  })
})

describe('one Provider type (shared/providers/provider.ts)', () => {
  it('every schema that names a provider is the same enum', () => {
    expect(PROVIDERS).toEqual(['kinbox', 'integra'])
    for (const schema of [providerSchema, ProviderId, LaunchProvider]) {
      expect(schema.options).toEqual([...PROVIDERS])
      expect(schema.safeParse('zenvia').success).toBe(false)
    }
    expect(AccountTestTarget.options).toEqual([...PROVIDERS, 's3'])
  })

  it('the type names are one type', () => {
    const same = (p: Provider): [CleaningProvider, ProviderId, LaunchProvider] => [p, p, p]
    expect(same('integra')).toEqual(['integra', 'integra', 'integra'])
  })
})
