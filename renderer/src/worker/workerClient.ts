import type {
  WorkerCall,
  WorkerEvent,
  WorkerFailure,
  WorkerMessage,
  WorkerResults
} from './protocol'

export class WorkerError extends Error {
  constructor(readonly failure: WorkerFailure) {
    super(failure.message)
    this.name = 'WorkerError'
  }
}

interface Pending {
  resolve(value: unknown): void
  reject(error: unknown): void
  onProgress?: (fraction: number) => void
}

/** One lead worker: typed calls with progress; `terminate` cancels whatever it is doing. */
export class LeadWorkerClient {
  private readonly worker: Worker
  private readonly pending = new Map<number, Pending>()
  private nextId = 1

  /** `onEvent` hears what the worker says unasked (protocol.ts WorkerEvent). */
  constructor(private readonly onEvent: (event: WorkerEvent) => void = () => undefined) {
    this.worker = new Worker(new URL('./leadWorker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.receive(event.data)
    this.worker.onerror = (event) => {
      event.preventDefault()
      this.failAll(new WorkerError({ code: 'internal_error', params: {}, message: event.message }))
    }
  }

  call<K extends WorkerCall['kind']>(
    call: Extract<WorkerCall, { kind: K }>,
    onProgress?: (fraction: number) => void
  ): Promise<WorkerResults[K]> {
    const id = this.nextId++
    return new Promise<WorkerResults[K]>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        ...(onProgress ? { onProgress } : {})
      })
      const transfer = 'bytes' in call ? [call.bytes] : []
      this.worker.postMessage({ ...call, id }, transfer)
    })
  }

  /** Stops the work at once (the only way to interrupt a synchronous parse). */
  terminate(reason: WorkerFailure = { code: 'canceled', params: {}, message: 'canceled' }): void {
    this.worker.terminate()
    this.failAll(new WorkerError(reason))
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'event') {
      this.onEvent(message.event)
      return
    }
    const pending = this.pending.get(message.id)
    if (!pending) return
    if (message.type === 'progress') {
      pending.onProgress?.(message.fraction)
      return
    }
    this.pending.delete(message.id)
    if (message.type === 'result') pending.resolve(message.result)
    else pending.reject(new WorkerError(message.error))
  }

  private failAll(error: WorkerError): void {
    for (const pending of this.pending.values()) pending.reject(error)
    this.pending.clear()
  }
}
