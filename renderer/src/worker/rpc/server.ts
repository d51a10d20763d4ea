import type {
  CallName,
  EmitWorkerEvent,
  WorkerContract,
  WorkerHandler,
  WorkerHandlers,
  WorkerParsedRequest
} from './contract'
import {
  canceledFailure,
  invalidRequest,
  invalidResponse,
  toFailure,
  type WorkerFailure
} from './failure'
import { readPageMessage, type RpcPort, type WorkerMessage } from './messages'
import { throttledProgress } from './progress'

/** Handlers the contract does not name: each must be `never`, so an extra one fails to compile. */
type NoExtraHandlers<C extends WorkerContract, H> = { [K in Exclude<keyof H, CallName<C>>]: never }

export interface WorkerServer<C extends WorkerContract> {
  /** Sends an event of the contract, parsed with its schema first. */
  emit: EmitWorkerEvent<C>
}

/**
 * Answers the page's calls on `port` (the worker's `self`): each request is parsed with its
 * call's schema (a refused one never reaches the handler), each answer with its response schema
 * before it is posted, here in the worker rather than on the page's main thread.
 */
export function serveWorker<C extends WorkerContract, H extends WorkerHandlers<C>>(
  port: RpcPort,
  contract: C,
  handlers: H & NoExtraHandlers<C, H>
): WorkerServer<C> {
  const post = (message: WorkerMessage): void => port.postMessage(message, [])
  /** Calls still running, to abort on `cancel`. */
  const running = new Map<number, AbortController>()

  const isCall = (name: string): name is CallName<C> => Object.hasOwn(contract.calls, name)

  async function answer<K extends CallName<C>>(id: number, name: K, payload: unknown) {
    const spec = contract.calls[name]
    if (!spec) return
    const request = spec.request.safeParse(payload)
    if (!request.success) {
      post({ type: 'error', id, failure: invalidRequest(name, request.error) })
      return
    }
    const controller = new AbortController()
    running.set(id, controller)
    const handler: WorkerHandler<C, K> = handlers[name]
    // Parsed by this call's request schema just above.
    const parsed = request.data as WorkerParsedRequest<C, K>
    const outcome = await run(() =>
      handler(parsed, {
        progress: throttledProgress((fraction) => post({ type: 'progress', id, fraction })),
        signal: controller.signal
      })
    )
    running.delete(id)
    // A canceled call's answer is dropped; the page hears `canceled` (it already has).
    if (controller.signal.aborted) post({ type: 'error', id, failure: canceledFailure() })
    else if (!outcome.ok) post({ type: 'error', id, failure: outcome.failure })
    else {
      const response = spec.response.safeParse(outcome.value)
      post(
        response.success
          ? { type: 'result', id, response: response.data }
          : { type: 'error', id, failure: invalidResponse(name, response.error) }
      )
    }
  }

  port.onmessage = (event: MessageEvent) => {
    const message = readPageMessage(event.data)
    if (message?.type === 'cancel') running.get(message.id)?.abort()
    else if (message?.type === 'call') {
      if (isCall(message.name)) void answer(message.id, message.name, message.request)
      else post({ type: 'error', id: message.id, failure: unknownCall(message.name) })
    }
  }

  const emit: EmitWorkerEvent<C> = (name, data) => {
    const schema = contract.events[name]
    if (!schema) throw new Error(`no event named ${name}`)
    // A bug, not a message to lose quietly: the call that emitted it fails with it.
    const parsed = schema.parse(data)
    post({ type: 'event', name, data: parsed })
  }
  return { emit }
}

type Outcome = { ok: true; value: unknown } | { ok: false; failure: WorkerFailure }

/** Runs a handler, sync or async, and turns what it throws into a failure value. */
async function run(handler: () => unknown): Promise<Outcome> {
  try {
    return { ok: true, value: await handler() }
  } catch (error) {
    return { ok: false, failure: toFailure(error) }
  }
}

const unknownCall = (name: string): WorkerFailure => ({
  code: 'invalid_request',
  params: { call: name, fields: '(name)' },
  message: `no call named ${name}`
})
