import { WorkerRpcClient, type WorkerEndpoint } from '../rpc/client'
import { timingContract, type TimingContract } from './timingContract'
import type { PlanAnswer, PlanRequest, ViewAnswer, ViewRequest } from './timingProtocol'

export interface PlannedAnswer {
  /** Identifies the plan the worker now holds (for `view`). */
  seq: number
  answer: PlanAnswer
}

const spawn = (): Worker =>
  new Worker(new URL('./timingWorker.ts', import.meta.url), { type: 'module' })

/** Resolves when the worker has answered all it was asked, or at once when `signal` aborts. */
function idleOrAborted(rpc: WorkerRpcClient<TimingContract>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true })
    void rpc.idle().then(resolve)
  })
}

/**
 * The Agendar step's timing worker. Plans are latest-wins: a new plan cancels the one before
 * it through its signal (its caller hears null at once), and only the newest waits while the
 * worker finishes what it was computing, so typing never queues up plans.
 */
export class TimingClient {
  private readonly rpc: WorkerRpcClient<TimingContract>
  private latest: AbortController | null = null
  private nextSeq = 1

  constructor(port: WorkerEndpoint = spawn()) {
    this.rpc = new WorkerRpcClient(port, timingContract)
  }

  async plan(request: Omit<PlanRequest, 'seq'>): Promise<PlannedAnswer | null> {
    this.latest?.abort()
    const mine = new AbortController()
    this.latest = mine
    await idleOrAborted(this.rpc, mine.signal)
    if (mine.signal.aborted) return null
    const seq = this.nextSeq++
    try {
      const answer = await this.rpc.call('plan', { ...request, seq }, { signal: mine.signal })
      return { seq, answer }
    } catch (error) {
      if (mine.signal.aborted) return null // superseded by newer typing
      throw error
    }
  }

  view(request: ViewRequest): Promise<ViewAnswer> {
    return this.rpc.call('view', request)
  }

  terminate(): void {
    this.rpc.terminate()
  }
}
