/**
 * The Agendar step's timing client on the worker RPC: plans are latest-wins (a superseded plan
 * is canceled through its signal and hears null at once; only the newest waits for the worker),
 * and views answer for the plan the worker holds. Both ends run here over a MessageChannel.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkerEndpoint } from '../../../renderer/src/worker/rpc/client'
import type { WorkerHandlers } from '../../../renderer/src/worker/rpc/contract'
import type { RpcPort } from '../../../renderer/src/worker/rpc/messages'
import { serveWorker } from '../../../renderer/src/worker/rpc/server'
import { timingCalls } from '../../../renderer/src/worker/timing/timingCalls'
import { TimingClient } from '../../../renderer/src/worker/timing/timingClient'
import type { TimingContract } from '../../../renderer/src/worker/timing/timingContract'
import { timingContract } from '../../../renderer/src/worker/timing/timingContract'
import { deferred } from './rpcHarness'

const START = Date.UTC(2026, 0, 5, 12)
const request = (n: number) => ({
  input: { n, chunkSize: 10, secondsBetweenMessages: 1, secondsBetweenChunks: 60, start: START },
  now: START,
  tier: 'unlimited' as const,
  holidayLanguage: 'pt' as const
})

let close: () => void = () => undefined
afterEach(() => close())

/** A timing worker whose plans wait for `gate` (when given), counting the plans it computes. */
function start(gate?: Promise<void>): {
  client: TimingClient
  planned: number[]
  /** Settles when the worker starts its first plan. */
  computing: Promise<void>
} {
  const { port1, port2 } = new MessageChannel()
  close = () => {
    port1.close()
    port2.close()
  }
  const planned: number[] = []
  const computing = deferred<void>()
  const handlers: WorkerHandlers<TimingContract> = {
    ...timingCalls,
    plan: async (plan) => {
      planned.push(plan.input.n)
      computing.resolve()
      if (gate) await gate
      return timingCalls.plan(plan)
    }
  }
  const workerSide: RpcPort = { postMessage: (m, t) => port2.postMessage(m, t), onmessage: null }
  port2.onmessage = (event) => workerSide.onmessage?.(event)
  serveWorker(workerSide, timingContract, handlers)
  const pageSide: WorkerEndpoint = {
    postMessage: (m, t) => port1.postMessage(m, t),
    onmessage: null
  }
  port1.onmessage = (event) => pageSide.onmessage?.(event)
  return { client: new TimingClient(pageSide), planned, computing: computing.promise }
}

describe('TimingClient', () => {
  it('typed on: only the last of several plans asked at once is computed', async () => {
    const { client, planned } = start()
    const answers = await Promise.all([
      client.plan(request(100)),
      client.plan(request(200)),
      client.plan(request(300))
    ])
    expect(answers.slice(0, 2)).toEqual([null, null])
    expect(answers[2]?.answer).toMatchObject({ ok: true, totals: { n: 300, chunksCount: 30 } })
    expect(planned).toEqual([300])
  })

  it('a plan in the worker is canceled by a newer one; only the newest of those waiting runs next', async () => {
    const gate = deferred<void>()
    const { client, planned, computing } = start(gate.promise)
    const first = client.plan(request(100))
    await computing
    const second = client.plan(request(200))
    await expect(first).resolves.toBeNull() // at once: the worker has not answered it yet
    const third = client.plan(request(300))
    await expect(second).resolves.toBeNull()
    gate.resolve()
    const last = await third
    expect(last?.answer).toMatchObject({ ok: true, totals: { n: 300 } })
    expect(planned).toEqual([100, 300])
  })

  it('views answer for the plan the worker holds; an older plan’s view is stale', async () => {
    const { client } = start()
    const older = await client.plan(request(100))
    const newer = await client.plan(request(50))
    if (!older || !newer) throw new Error('both plans answered')
    const span = { fromMs: START, toMs: START + 86_400_000, maxChunks: 400, bins: 10 }
    const view = await client.view({ planSeq: newer.seq, ...span })
    expect(view).toMatchObject({ ok: true, view: { range: { from: 0, to: 5 } } })
    await expect(client.view({ planSeq: older.seq, ...span })).resolves.toEqual({
      ok: false,
      stale: true
    })
  })
})
