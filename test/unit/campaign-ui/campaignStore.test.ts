/**
 * One campaign store owns the provider (issue 13): Limpar, Mapear, Agendar and Disparar all
 * read it, none keeps a copy, and no store sets another. Choosing Integra once (as Mapear's
 * picker does) is what every step then sees. The lead worker is a stand-in that records the
 * calls it gets; the timing worker is never needed (Integra's parts are planned at once).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TableSummary } from '../../../renderer/src/worker/protocol'
import type { LeadCallArgs } from '../worker/standIn'

const worker = vi.hoisted(() => ({
  calls: [] as LeadCallArgs[],
  call: null as unknown as (...args: LeadCallArgs) => Promise<unknown>
}))

vi.mock('../../../renderer/src/worker/leadWorkerHost', () => ({
  currentWorker: () => worker,
  onWorkerEvent: () => () => undefined,
  startIncoming: () => worker,
  promoteIncoming: () => undefined,
  cancelIncoming: () => undefined
}))

const { useCampaign } = await import('../../../renderer/src/features/campaign/campaignStore')
const { chooseProvider } = await import('../../../renderer/src/features/campaign/chooseProvider')
const { mapOutput, textOf, useMap } = await import('../../../renderer/src/features/map/mapStore')
const { useSchedule } = await import('../../../renderer/src/features/schedule/scheduleStore')
const { useClean } = await import('../../../renderer/src/features/clean/cleanStore')
const { planInputs } = await import('../../../renderer/src/features/launch/planInputs')

const TABLE = {
  file: 'leads.csv',
  columns: ['Nome', 'Telefone'],
  phoneColumn: 1,
  dddColumn: null,
  nameColumn: 0,
  readId: 'r1'
} as unknown as TableSummary

function answer(...call: LeadCallArgs): Promise<unknown> {
  worker.calls.push(call)
  if (call[0] === 'mapColumns') {
    return Promise.resolve({
      columns: [
        { index: 0, header: 'Nome', samples: [], type: 'text' },
        { index: 1, header: 'Telefone', samples: [], type: 'phone' }
      ]
    })
  }
  // Cleaning's snapshot and Mapear's answers are not what this test is about.
  return Promise.resolve(null)
}

beforeEach(() => {
  vi.useFakeTimers()
  worker.calls = []
  worker.call = answer
  useCampaign.setState({ provider: 'kinbox' })
})

afterEach(() => {
  vi.useRealTimers()
})

/** What Disparar's review builds its plan from, gathered from the stores as the screen does. */
function reviewInputs() {
  const provider = useCampaign.getState().provider
  const map = useMap.getState()
  return planInputs({
    provider,
    name: useCampaign.getState().name,
    map: { ...map, provider },
    schedule: { form: useSchedule.getState().form, sets: [] },
    launchableCount: 3,
    accounts: null,
    now: Date.UTC(2026, 11, 1, 12)
  })
}

describe('the campaign store', () => {
  it('Integra chosen in Mapear is what Limpar, Mapear, Agendar and Disparar see', async () => {
    await useMap.getState().open(TABLE)
    await vi.advanceTimersByTimeAsync(500)
    expect(mapOutput()?.mapping.provider).toBe('kinbox')

    chooseProvider('integra')
    await vi.advanceTimersByTimeAsync(500)

    // The one owner.
    expect(useCampaign.getState().provider).toBe('integra')
    // Mapear: its mapping and its checks are Integra's (the voicemail's length limit).
    expect(mapOutput()?.mapping.provider).toBe('integra')
    const check = worker.calls.findLast(([name]) => name === 'mapCheck')
    expect(check?.[0] === 'mapCheck' ? check[1].maxLength : 0).toBeGreaterThan(0)
    // Limpar: the worker checks the rows for Integra.
    const configure = worker.calls.findLast(([name]) => name === 'cleanConfigure')
    expect(configure?.[0] === 'cleanConfigure' ? configure[1].settings : null).toMatchObject({
      provider: 'integra',
      country: 'BR'
    })
    // Agendar: Integra's call parts are planned (never Kinbox's chunks).
    expect(useSchedule.getState().integraParts).not.toBeNull()
    expect('provider' in useSchedule.getState().form).toBe(false)
    // Disparar: the plan asked for is Integra's.
    const inputs = reviewInputs()
    expect(inputs.ok && inputs.request.provider).toBe('integra')
    // The text checked is the voicemail (off: none), not the Kinbox message.
    useMap.getState().setMessage('Olá {{nome}}')
    expect(textOf(useMap.getState(), useCampaign.getState().provider)).toBe('')
  })

  it('no step keeps a provider of its own', () => {
    expect('provider' in useMap.getState()).toBe(false)
    expect('provider' in useClean.getState().settings).toBe(false)
    expect('provider' in useSchedule.getState().form).toBe(false)
  })

  it('choosing the provider already chosen changes nothing', () => {
    const before = worker.calls.length
    chooseProvider('kinbox')
    expect(worker.calls.length).toBe(before)
    expect(useCampaign.getState().provider).toBe('kinbox')
  })

  it('a preset notice of the other provider goes when the provider changes', () => {
    useMap.setState({ applied: { name: 'Planilha', missing: [], auto: true } })
    chooseProvider('integra')
    expect(useMap.getState().applied).toBeNull()
  })

  it('the campaign name is suggested per file and kept when the user typed one', () => {
    const campaign = useCampaign.getState()
    campaign.suggestNameFor(TABLE, 'pt-BR')
    expect(useCampaign.getState().name).toMatch(/^leads · \d\d\/\d\d\/\d{4}$/)
    useCampaign.getState().setName('Promoção')
    useCampaign.getState().suggestNameFor({ ...TABLE } as TableSummary, 'pt-BR')
    expect(useCampaign.getState().name).toBe('Promoção')
    useCampaign.getState().resetName()
    expect(useCampaign.getState().name).toBe(useCampaign.getState().suggestedName)
  })
})
