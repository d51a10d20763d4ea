/**
 * One clean per import (issue 13): the import call carries what Limpar cleans with (country,
 * the campaign's provider, the Lista de bloqueio, a draft's default DDD and duplicate choice),
 * and the clean store only reads the result back: no second configure of the new table
 * unless a setting changed while the file was read. The lead worker is a stand-in that
 * records what it is asked and answers as the real one does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CleanSnapshot } from '../../../renderer/src/worker/clean/cleanProtocol'
import type { TableSummary } from '../../../renderer/src/worker/protocol'
import type { LeadCallArgs } from '../worker/standIn'
import { until } from '../until'

const worker = vi.hoisted(() => ({
  calls: [] as LeadCallArgs[],
  /** The settings the stand-in's list was cleaned with, as the real worker reports them. */
  cleanedWith: null as { provider: string; country: string; blocked: number } | null,
  call: null as unknown as (...args: LeadCallArgs) => Promise<unknown>
}))

vi.mock('../../../renderer/src/worker/leadWorkerHost', () => ({
  currentWorker: () => worker,
  onWorkerEvent: () => () => undefined,
  startIncoming: () => worker,
  promoteIncoming: () => undefined,
  cancelIncoming: () => undefined
}))

const { importLeads } = await import('../../../renderer/src/features/import/importLeads')
const { useClean } = await import('../../../renderer/src/features/clean/cleanStore')
const { chooseProvider } = await import('../../../renderer/src/features/campaign/chooseProvider')

const BLOCKED = ['+5511987654321', '+5521987654321']
const TABLE = { file: 'leads.csv', columns: ['Nome', 'Telefone'], readId: 'r1' }

function snapshot(): CleanSnapshot {
  const w = worker.cleanedWith ?? { provider: 'kinbox', country: 'BR', blocked: 0 }
  return {
    settings: { provider: w.provider, country: w.country },
    blockedNumbers: w.blocked
  } as unknown as CleanSnapshot
}

function answer(...call: LeadCallArgs): Promise<unknown> {
  worker.calls.push(call)
  const [name, request] = call
  if (name === 'import') {
    const { settings, blockList } = request.clean ?? { settings: { provider: 'kinbox' } }
    worker.cleanedWith = { ...settings, country: 'BR', blocked: blockList?.length ?? 0 }
    return Promise.resolve(TABLE as unknown as TableSummary)
  }
  if (name === 'cleanConfigure') {
    const w = snapshot()
    worker.cleanedWith = {
      provider: request.settings?.provider ?? w.settings.provider,
      country: request.settings?.country ?? w.settings.country,
      blocked: request.blockList?.length ?? w.blockedNumbers
    }
  }
  if (name === 'cleanSnapshot' || name === 'cleanConfigure') return Promise.resolve(snapshot())
  return Promise.resolve(null)
}

const names = (): string[] => worker.calls.map(([name]) => name)

/** Every call the clean store makes once the table arrived has been answered. */
async function settled(): Promise<void> {
  await until(() => expect(useClean.getState().snapshot).not.toBeNull())
}

beforeEach(() => {
  worker.calls = []
  worker.cleanedWith = null
  worker.call = answer
  useClean.setState({ snapshot: null, blockList: null, settings: { country: 'BR' } })
  vi.stubGlobal('window', {
    leadprep: { getBlockList: async () => ({ ok: true, data: { numbers: BLOCKED } }) }
  })
})
afterEach(() => vi.unstubAllGlobals())

describe('an import is cleaned once, with the user’s settings', () => {
  it('the import call carries the provider, the country and the Lista de bloqueio', async () => {
    chooseProvider('integra')
    worker.calls = []
    await importLeads('leads.csv', new Uint8Array([1]))
    const imported = worker.calls.find(([name]) => name === 'import')
    expect(imported?.[1]).toMatchObject({
      fileName: 'leads.csv',
      clean: { settings: { country: 'BR', provider: 'integra' }, blockList: BLOCKED }
    })
    await settled()
    // Limpar reads the list back; nothing cleans it a second time.
    expect(names()).toContain('cleanSnapshot')
    expect(names()).not.toContain('cleanConfigure')
  })

  it('a reopened draft’s default DDD and duplicate choice go with the import', async () => {
    await importLeads('leads.csv', new Uint8Array([1]), {}, { defaultDdd: '47', keep: 'last' })
    expect(worker.calls.find(([name]) => name === 'import')?.[1]).toMatchObject({
      clean: { defaultDdd: '47', keep: 'last' }
    })
  })

  it('a provider changed while the file was read is applied to the new list', async () => {
    chooseProvider('kinbox')
    const reading = importLeads('leads.csv', new Uint8Array([1]))
    // The user switches to Integra before the table arrives: the import carried Kinbox.
    await until(() => expect(names()).toContain('import'))
    chooseProvider('integra')
    await reading
    await until(() => expect(useClean.getState().snapshot?.settings.provider).toBe('integra'))
    expect(names()).toContain('cleanConfigure')
  })
})
