import { describe, expect, it } from 'vitest'
import { cleanEmail } from '../../../shared/cleaning/email'
import { cleanName } from '../../../shared/cleaning/name'

describe('cleanName', () => {
  it.each([
    ['MARIA DAS GRAÇAS SILVA', 'Maria das Graças Silva', 'Maria'],
    ['joão da silva e souza', 'João da Silva e Souza', 'João'],
    ['  Aline   das   Souza ', 'Aline das Souza', 'Aline'],
    ['Maria da Silva McDonald', 'Maria da Silva McDonald', 'Maria'],
    ['ANA-CLARA D’ÁVILA', 'Ana-Clara D’Ávila', 'Ana-Clara'],
    ['DA SILVA', 'Da Silva', 'Da'],
    ['josé', 'José', 'José'],
    ['', '', '']
  ])('%j → %j', (raw, name, firstName) => {
    expect(cleanName(raw)).toEqual({ name, firstName })
  })
})

describe('cleanEmail', () => {
  it('trims and lower-cases a valid e-mail', () => {
    expect(cleanEmail('  Maria.Silva@Empresa.COM.br ')).toEqual({
      email: 'maria.silva@empresa.com.br'
    })
  })

  it('leaves an empty e-mail alone', () => {
    expect(cleanEmail('  ')).toEqual({ email: '' })
  })

  it.each(['joao@', 'maria@@x.com', 'sem email', 'tom@invalid-email', 'a b@x.com', '@x.com'])(
    '%j is invalid_email',
    (raw) => {
      expect(cleanEmail(raw).warning).toBe('invalid_email')
    }
  )
})
