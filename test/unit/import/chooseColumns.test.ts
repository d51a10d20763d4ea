import { describe, expect, it } from 'vitest'
import { chooseColumns } from '../../../shared/import/columns/chooseColumns'
import { importErrorOf } from './fixtures'

const pick = (columns: string[], sample: string[][] = []) => {
  const choice = chooseColumns(columns, sample)
  const name = (i: number | null) => (i === null ? null : columns[i])
  return { phone: name(choice.phone), ddd: name(choice.ddd), name: name(choice.name) }
}

describe('chooseColumns', () => {
  it('matches phone headers ignoring accents and case, in the spec order', () => {
    expect(pick(['NOME', 'E-mail', 'Fone', 'Celular/WhatsApp']).phone).toBe('Celular/WhatsApp')
    expect(pick(['Nº', 'Número do celular']).phone).toBe('Número do celular')
    expect(pick(['Nome', 'phoneNumber']).phone).toBe('phoneNumber')
    expect(pick(['Hotel', 'Fax', 'Tel.']).phone).toBe('Tel.')
  })

  it('pairs the DDD column beside the phone, not a DDD further away', () => {
    expect(pick(['DDD', 'Telefone']).ddd).toBe('DDD')
    expect(pick(['Código de área', 'Celular']).ddd).toBe('Código de área')
    expect(pick(['cod_area', 'Nome', 'Telefone']).ddd).toBeNull()
  })

  it('takes an empty column name as the user choosing none', () => {
    const choice = chooseColumns(['Nome', 'DDD', 'Telefone'], [], { ddd: '', name: '' })
    expect(choice).toMatchObject({ phone: 2, ddd: null, name: null })
  })

  it('accepts Número/Contato as the phone only when their values look like phones', () => {
    const address = [
      ['Rua A', '120'],
      ['Rua B', '45']
    ]
    expect(pick(['Logradouro', 'Número'], address).phone).toBeNull()
    expect(pick(['Nome', 'Contato'], [['Ana', '(11) 98765-4321']])).toEqual({
      phone: 'Contato',
      ddd: null,
      name: 'Nome'
    })
  })

  it('prefers a person name over a company name', () => {
    expect(pick(['Razão Social', 'Nome Fantasia', 'Responsável']).name).toBe('Responsável')
    expect(pick(['Razão Social', 'Nome Fantasia']).name).toBe('Nome Fantasia')
    expect(pick(['nome_cidade', 'Empresa']).name).toBe('Empresa')
    expect(pick(['first_name', 'last_name']).name).toBe('first_name')
  })

  it('falls back to the column whose values look most like phones', () => {
    const sample = [
      ['33683111', '2019-09-16', '61', '20218000'],
      ['19131243', '2020-01-02', '11', '34415852']
    ]
    expect(pick(['Coluna A', 'Coluna B', 'Coluna C', 'Coluna D'], sample)).toEqual({
      phone: 'Coluna D',
      ddd: 'Coluna C',
      name: null
    })
    expect(pick(['Date', 'Volume'], [['2019-09-16', '58191200']]).phone).toBeNull()
  })

  it('lets the user name any column, loosely, and refuses an unknown one', () => {
    const columns = ['Nome', 'Telefone', 'Telefone 2', 'DDD 2']
    const choice = chooseColumns(columns, [], { phone: 'telefone 2', name: 'NOME' })
    expect([choice.phone, choice.ddd, choice.name]).toEqual([2, 3, 0])
    const error = importErrorOf(() => chooseColumns(columns, [], { phone: 'Celular' }))
    expect(error.code).toBe('column_not_found')
    expect(error.message).toContain('Telefone 2')
  })
})
