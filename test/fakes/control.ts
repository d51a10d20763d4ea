import type { FaultRule, RecordedRequest } from './fakeHttp'
import type { IntegraCallOutcome, IntegraCampaignStatus } from './integraCalls'
import type { KinboxLeadStatus } from './kinboxCampaigns'

/**
 * Drives a fake running in another process (`serve.ts`, a CLI test's child, a browser test)
 * through its test-only control API under `/__fake/`:
 *   GET    /__fake/state    → { requests, faults, campaigns, … }
 *   POST   /__fake/faults   ← FaultRule | FaultRule[]
 *   DELETE /__fake/faults
 *   POST   /__fake/reset    (requests, faults, campaigns)
 *   POST   /__fake/advance  ← Integra { id, to?, outcomes? } | Kinbox { id, chunks?, to?, outcomes? }
 */

export interface FakeState {
  requests: RecordedRequest[]
  faults: { failure: FaultRule['failure']; remaining: number | 'always'; nth: number }[]
  campaigns: Record<string, unknown>[]
  /** Integra only. */
  calls?: Record<string, unknown>[]
  /** Kinbox only: campaign id → leads. */
  leads?: Record<string, Record<string, unknown>[]>
}

export type AdvanceStep =
  | { id: string; to?: IntegraCampaignStatus; outcomes?: IntegraCallOutcome[] }
  | { id: string; chunks?: number; to?: string; outcomes?: KinboxLeadStatus[] }

export interface FakeControl {
  state(): Promise<FakeState>
  addFaults(rules: FaultRule | FaultRule[]): Promise<void>
  clearFaults(): Promise<void>
  reset(): Promise<void>
  advance(step: AdvanceStep): Promise<Record<string, unknown>>
}

export function fakeControl(baseUrl: string): FakeControl {
  async function call(method: string, action: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${baseUrl}/__fake/${action}`, {
      method,
      ...(body !== undefined && {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      })
    })
    const text = await response.text()
    if (!response.ok)
      throw new Error(`fake control ${method} ${action}: ${response.status} ${text}`)
    return text === '' ? undefined : (JSON.parse(text) as unknown)
  }
  return {
    state: async () => (await call('GET', 'state')) as FakeState,
    addFaults: async (rules) => void (await call('POST', 'faults', rules)),
    clearFaults: async () => void (await call('DELETE', 'faults')),
    reset: async () => void (await call('POST', 'reset')),
    advance: async (step) => (await call('POST', 'advance', step)) as Record<string, unknown>
  }
}
