import type {
  CallName,
  WorkerContract,
  WorkerEvent,
  WorkerRequest,
  WorkerResponse
} from './contract'
import { canceledFailure, WorkerError, type WorkerFailure } from './failure'
import type { RpcPort, WorkerMessage } from './messages'
import { transferables } from './transfer'

/** A `Worker`, or a plain port (unit tests): `terminate` and `onerror` only a worker has. */
export type WorkerEndpoint = RpcPort & Partial<Pick<Worker, 'terminate' | 'onerror'>>

export interface CallOptions {
  onProgress?: (fraction: number) => void
  /** Aborting rejects the call at once with `canceled`; the worker drops its answer. */
  signal?: AbortSignal
}

export interface ClientOptions<C extends WorkerContract> {
  /** Hears what the worker says unasked (the contract's events). */
  onEvent?: (event: WorkerEvent<C>) => void
}

interface Pending {
  resolve(response: unknown): void
  reject(error: WorkerError): void
  onProgress: ((fraction: number) => void) | undefined
  /** Stops listening to the caller's signal. */
  release(): void
}

/** One worker's calls, typed from its contract, with progress and cancel. */
export class WorkerRpcClient<C extends WorkerContract> {
  private readonly pending = new Map<number, Pending>()
  /** Calls the worker has not answered yet, canceled ones included: it is busy with them. */
  private readonly unanswered = new Set<number>()
  private idleWaiters: (() => void)[] = []
  private nextId = 1
  private closed = false

  constructor(
    private readonly port: WorkerEndpoint,
    private readonly contract: C,
    private readonly options: ClientOptions<C> = {}
  ) {
    port.onmessage = (event: MessageEvent<WorkerMessage>) => this.receive(event.data)
    if ('onerror' in port)
      port.onerror = (event) => {
        event.preventDefault()
        this.failAll({ code: 'internal_error', params: {}, message: event.message })
      }
  }

  call<K extends CallName<C>>(
    name: K,
    request: WorkerRequest<C, K>,
    { onProgress, signal }: CallOptions = {}
  ): Promise<WorkerResponse<C, K>> {
    if (this.closed || signal?.aborted === true)
      return Promise.reject(new WorkerError(canceledFailure()))
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const abort = (): void => this.abort(id, name)
      signal?.addEventListener('abort', abort, { once: true })
      this.pending.set(id, {
        // The worker parsed it with the call's response schema before posting it.
        resolve: (response) => resolve(response as WorkerResponse<C, K>),
        reject,
        onProgress,
        release: () => signal?.removeEventListener('abort', abort)
      })
      this.unanswered.add(id)
      this.port.postMessage({ type: 'call', id, name, request }, transferables(request))
    })
  }

  /** Resolves once the worker has answered every call sent so far (canceled ones too). */
  idle(): Promise<void> {
    if (this.unanswered.size === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Stops the worker at once (the only way to interrupt a synchronous parse). */
  terminate(reason: WorkerFailure = canceledFailure()): void {
    this.closed = true
    this.port.terminate?.()
    this.failAll(reason)
  }

  private abort(id: number, name: CallName<C>): void {
    if (!this.pending.has(id)) return
    if (this.contract.calls[name]?.cancel === 'terminate') {
      this.terminate()
      return
    }
    this.settle(id)?.reject(new WorkerError(canceledFailure()))
    this.port.postMessage({ type: 'cancel', id }, [])
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'event') {
      if (!Object.hasOwn(this.contract.events, message.name)) return
      // The worker parsed it with the event's schema before posting it.
      this.options.onEvent?.({ name: message.name, data: message.data } as WorkerEvent<C>)
      return
    }
    if (message.type === 'progress') {
      this.pending.get(message.id)?.onProgress?.(message.fraction)
      return
    }
    this.answered(message.id)
    const pending = this.settle(message.id)
    if (message.type === 'result') pending?.resolve(message.response)
    else pending?.reject(new WorkerError(message.failure))
  }

  /** Forgets a pending call and hands it back to be resolved or rejected. */
  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id)
    this.pending.delete(id)
    pending?.release()
    return pending
  }

  private answered(id: number): void {
    this.unanswered.delete(id)
    if (this.unanswered.size > 0) return
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const wake of waiters) wake()
  }

  private failAll(failure: WorkerFailure): void {
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(new WorkerError(failure))
    // Nothing more will be answered: whoever waits for the worker waits no longer.
    for (const id of [...this.unanswered]) this.answered(id)
  }
}
