/**
 * Nationwide numbers in Limpar (issue 14): a 0800/4004 row is ok but not a person, so a
 * WhatsApp (Kinbox) launch leaves it out until the user chooses "Incluir mesmo assim"; the
 * choice is undoable, changes the launchable count, and starts over with a new table.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import { launchableRows } from '../../../renderer/src/worker/clean/cleanState'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'

const CSV = [
  'nome,telefone',
  'Maria Silva,11987654321',
  'Central de atendimento,0800 123 4567',
  'Suporte,4004-1234',
  'João Reis,41987654321'
].join('\n')

function load(provider: 'kinbox' | 'integra', text = CSV): void {
  cleanCalls.cleanConfigure({
    settings: { provider, country: 'BR' },
    blockList: []
  })
  const bytes = new TextEncoder().encode(text)
  importCalls.import(
    { bytes: bytes.buffer, fileName: 'leads.csv', settings: {} },
    { progress: () => undefined }
  )
}

const launchedRows = (): number[] => launchableRows().map((r) => r.clean.row)

describe('Limpar: números nacionais', () => {
  beforeEach(() => load('kinbox'))

  it('keeps them out of a Kinbox launch and counts them', () => {
    const { counts, nationwideConfirmed } = cleanCalls.cleanSnapshot()
    expect(counts).toMatchObject({ ok: 4, nationwide: 2, launchable: 2 })
    expect(nationwideConfirmed).toBe(false)
    expect(launchedRows()).toEqual([2, 5])
  })

  it('"Incluir mesmo assim" sends them; undo and redo take it back and forth', () => {
    const included = cleanCalls.cleanNationwide({ confirmed: true })
    expect(included.counts.launchable).toBe(4)
    expect(included.nationwideConfirmed).toBe(true)
    expect(included.undo).toEqual({ action: 'includeNationwide' })
    expect(launchedRows()).toEqual([2, 3, 4, 5])
    expect(cleanCalls.cleanUndo()).toMatchObject({
      nationwideConfirmed: false,
      counts: { launchable: 2 }
    })
    expect(cleanCalls.cleanRedo().counts.launchable).toBe(4)
    const excluded = cleanCalls.cleanNationwide({ confirmed: false })
    expect(excluded).toMatchObject({ nationwideConfirmed: false, counts: { launchable: 2 } })
  })

  it('starts over with a new table', () => {
    cleanCalls.cleanNationwide({ confirmed: true })
    load('kinbox', `${CSV}\nAna Lima,31987654321`)
    expect(cleanCalls.cleanSnapshot()).toMatchObject({
      nationwideConfirmed: false,
      counts: { launchable: 3 }
    })
  })

  it('an Integra (calls) launch sends them without asking', () => {
    load('integra')
    expect(cleanCalls.cleanSnapshot().counts).toMatchObject({ nationwide: 2, launchable: 4 })
  })
})
