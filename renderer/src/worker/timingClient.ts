import type {
  PlanAnswer,
  PlanRequest,
  TimingRequest,
  TimingResponse,
  ViewAnswer,
  ViewRequest
} from './timingProtocol'

interface Waiting {
  resolve(response: TimingResponse): void
  reject(error: Error): void
}

interface QueuedPlan {
  request: PlanRequest
  resolve(value: PlannedAnswer | null): void
  reject(error: Error): void
}

export interface PlannedAnswer {
  /** Identifies the plan the worker now holds (for `view`). */
  seq: number
  answer: PlanAnswer
}

/**
 * The Agendar step's timing worker. Plans are latest-wins: while one is computed, only the
 * newest request waits; older ones resolve to null (the user typed on).
 */
export class TimingClient {
  private readonly worker: Worker
  private readonly waiting = new Map<number, Waiting>()
  private nextSeq = 1
  private planBusy = false
  private queued: QueuedPlan | null = null

  constructor() {
    this.worker = new Worker(new URL('./timingWorker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (event: MessageEvent<TimingResponse>) => {
      const waiting = this.waiting.get(event.data.seq)
      this.waiting.delete(event.data.seq)
      waiting?.resolve(event.data)
    }
    this.worker.onerror = (event) => {
      event.preventDefault()
      const error = new Error(event.message || 'timing worker failed')
      for (const w of this.waiting.values()) w.reject(error)
      this.waiting.clear()
    }
  }

  plan(request: PlanRequest): Promise<PlannedAnswer | null> {
    return new Promise((resolve, reject) => {
      if (this.planBusy) {
        this.queued?.resolve(null)
        this.queued = { request, resolve, reject }
        return
      }
      this.runPlan({ request, resolve, reject })
    })
  }

  async view(request: Omit<ViewRequest, 'kind'>): Promise<ViewAnswer> {
    const response = await this.send({ ...request, kind: 'view' })
    if (response.kind === 'view') return response.answer
    throw new Error(response.kind === 'failure' ? response.message : 'unexpected answer')
  }

  terminate(): void {
    this.worker.terminate()
  }

  private runPlan(job: QueuedPlan): void {
    this.planBusy = true
    this.send(job.request).then(
      (response) => {
        this.planBusy = false
        const next = this.queued
        this.queued = null
        if (next) {
          job.resolve(null)
          this.runPlan(next)
        } else if (response.kind === 'plan') {
          job.resolve({ seq: response.seq, answer: response.answer })
        } else {
          job.reject(new Error(response.kind === 'failure' ? response.message : 'unexpected'))
        }
      },
      (error: unknown) => {
        this.planBusy = false
        job.reject(error instanceof Error ? error : new Error(String(error)))
        const next = this.queued
        this.queued = null
        if (next) this.runPlan(next)
      }
    )
  }

  private send(request: PlanRequest | Omit<ViewRequest, 'seq'>): Promise<TimingResponse> {
    const seq = this.nextSeq++
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject })
      this.worker.postMessage({ ...request, seq } as TimingRequest)
    })
  }
}
