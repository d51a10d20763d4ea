/**
 * A simulated plan never runs against real clients (a journal copied to another machine, the
 * CLI), and a real plan never runs against the simulation: the runner refuses before any
 * journal is written or anything is sent.
 */
import { readdir } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runLaunch } from '../../../electron/main/launch/runner'
import { createKinboxClient } from '../../../electron/main/providers/kinbox/client'
import { providerClients } from '../../../electron/main/simulation/providerClients'
import { createSimulation } from '../../../electron/main/simulation/simulation'
import { markSimulated } from '../../../electron/main/simulation/launchMark'
import { kinboxPlan, tempDir } from '../launch/launchTestKit'

let dir: { dir: string; remove: () => Promise<void> }
const realFetch = vi.fn(() => Promise.reject(new Error('the real fetch was called')))

beforeEach(async () => {
  dir = await tempDir()
  realFetch.mockClear()
})
afterEach(() => dir.remove())

describe('the runner keeps simulated and real apart', () => {
  it('refuses a simulated plan with real clients, asking no token and sending nothing', async () => {
    const getToken = vi.fn(() => Promise.resolve('a-real-token'))
    const clients = { kinbox: createKinboxClient({ getToken, fetch: realFetch }) }
    await expect(
      runLaunch({ plan: markSimulated(kinboxPlan(3), true), journalDir: dir.dir, clients })
    ).rejects.toThrow('simulated launch runs only in simulation mode')
    expect(getToken).not.toHaveBeenCalled()
    expect(realFetch).not.toHaveBeenCalled()
    expect(await readdir(dir.dir).catch(() => [])).toEqual([])
  })

  it('refuses a real plan with the simulation’s clients', async () => {
    const simulated = providerClients({ simulation: createSimulation() })
    await expect(
      runLaunch({
        plan: kinboxPlan(3),
        journalDir: dir.dir,
        clients: { kinbox: simulated.kinbox, simulated: true }
      })
    ).rejects.toThrow('real launch cannot run against the simulation')
  })

  it('main’s settings alone mark a plan, whatever the page sent', () => {
    const plan = kinboxPlan(2)
    expect(markSimulated({ ...plan, simulated: true }, false)).not.toHaveProperty('simulated')
    expect(markSimulated(plan, true).simulated).toBe(true)
  })
})
