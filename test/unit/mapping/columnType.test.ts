import { describe, expect, it } from 'vitest'
import { detectColumnType } from '../../../shared/mapping/columnType'

describe('detectColumnType', () => {
  it.each([
    ['Telefone', ['022993153952', '(98) 3406-9970', 'ligar depois'], 'phone'],
    ['Contato 2', ['tel: 98 97126.9547', '+55 73 96219-9317', '(31) 99403-9912'], 'phone'],
    ['Coluna B', ['5532986244414', '5582986635503', '5534992791962'], 'phone'],
    ['Nome', ['JOSÉ CONCEIÇÃO', 'Vitória Pereira Martins', 'Bruna Souza Soares'], 'name'],
    ['Nome completo', [], 'name'],
    ['Empresa', ['Tech Nordeste', 'Acme Ltda'], 'text'],
    ['E-mail', ['jose.098@empresa.com.br', '', 'maria@@x.com'], 'email'],
    ['Contato', ['a@b.com', 'c@d.com.br', 'x@y.io'], 'email'],
    ['Data Cadastro', ['26/12/2025', '15/07/2025', '18/10/2025'], 'date'],
    ['Quando', ['2025-12-26', '2025-01-02', '2024-02-29'], 'date'],
    ['Data Cadastro', ['45667', '45909', '45738'], 'date'],
    ['Valor Proposta', ['27985.03', '15470.31', '1258.83'], 'money'],
    ['Valor', ['28167,14', '19422,08'], 'money'],
    ['Coluna C', ['R$ 1.234,56', 'R$ 99,90'], 'money'],
    ['Coluna D', ['27985.03', '15470.31', '1258.83'], 'number'],
    ['Quantidade', ['3', '12', '1.500'], 'number'],
    ['Coluna E', ['45667', '45909'], 'number'],
    ['CPF', ['123.456.789-00', '987.654.321-99'], 'text'],
    ['Cidade', ['São Paulo', 'Rio de Janeiro'], 'text'],
    ['Observação', [], 'text']
  ] as const)('%s %j → %s', (header, samples, type) => {
    expect(detectColumnType(header, samples)).toBe(type)
  })

  it('does not call a name column holding numbers a name', () => {
    expect(detectColumnType('Cliente', ['1001', '1002', '1003'])).toBe('number')
    expect(detectColumnType('Cliente', ['Acme #12', 'Beta #7', 'X 3'])).toBe('text')
  })
})
