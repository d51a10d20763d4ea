import { z } from 'zod'
import { WorkerRpcClient, type WorkerEndpoint } from '../../../renderer/src/worker/rpc/client'
import {
  defineWorkerContract,
  NoRequest,
  type WorkerEvent,
  type WorkerHandlers
} from '../../../renderer/src/worker/rpc/contract'
import type { RpcPort, WorkerMessage } from '../../../renderer/src/worker/rpc/messages'
import { serveWorker, type WorkerServer } from '../../../renderer/src/worker/rpc/server'

/** A small contract exercising every feature of the RPC. */
export const testContract = defineWorkerContract(
  {
    echo: {
      request: z.object({ text: z.string(), times: z.int().positive().default(1) }),
      response: z.object({ text: z.string() })
    },
    count: { request: z.object({ steps: z.int() }), response: z.object({ done: z.number() }) },
    slow: { request: NoRequest, response: z.object({ value: z.string() }) },
    fail: { request: NoRequest, response: NoRequest },
    size: {
      request: z.object({ bytes: z.instanceof(ArrayBuffer) }),
      response: z.object({ size: z.number() }),
      cancel: 'terminate'
    },
    announce: { request: z.object({ note: z.string() }), response: NoRequest }
  },
  { noted: z.object({ note: z.string() }) }
)
export type TestContract = typeof testContract

/** The server a handler table is served by (to emit events), once it exists. */
export type ServerOf = () => WorkerServer<TestContract>

/** Handlers that answer at once; a test replaces the ones it is about. */
export function handlers(
  overrides: Partial<WorkerHandlers<TestContract>> = {},
  server?: ServerOf
): WorkerHandlers<TestContract> {
  return {
    echo: ({ text, times }) => ({ text: text.repeat(times) }),
    count: ({ steps }, { progress }) => {
      for (let step = 1; step <= steps; step++) progress(step / steps)
      return { done: steps }
    },
    slow: () => ({ value: 'quick' }),
    fail: () => ({}),
    size: ({ bytes }) => ({ size: bytes.byteLength }),
    announce: ({ note }) => {
      server?.().emit('noted', { note })
      return {}
    },
    ...overrides
  }
}

export interface Harness {
  client: WorkerRpcClient<TestContract>
  /** Everything the worker side posted, in order. */
  posted: WorkerMessage[]
  events: WorkerEvent<TestContract>[]
  /** How many times the client terminated its "worker". */
  terminations(): number
  close(): void
}

/**
 * Both ends in this process over a real `MessageChannel` (structured clone, transfers): the
 * server on one port as the worker's `self`, the client on the other as the page's `Worker`.
 */
export function connect(table: (server: ServerOf) => WorkerHandlers<TestContract>): Harness {
  const { port1, port2 } = new MessageChannel()
  const posted: WorkerMessage[] = []
  const workerSide: RpcPort = {
    postMessage(message, transfer) {
      posted.push(message as WorkerMessage)
      port2.postMessage(message, transfer)
    },
    onmessage: null
  }
  port2.onmessage = (event) => workerSide.onmessage?.(event)
  let server: WorkerServer<TestContract> | null = null
  server = serveWorker(
    workerSide,
    testContract,
    table(() => {
      if (!server) throw new Error('not served yet')
      return server
    })
  )

  const events: WorkerEvent<TestContract>[] = []
  let terminations = 0
  const pageSide: WorkerEndpoint = {
    postMessage: (message, transfer) => port1.postMessage(message, transfer),
    onmessage: null,
    terminate: () => void terminations++
  }
  port1.onmessage = (event) => pageSide.onmessage?.(event)
  const client = new WorkerRpcClient(pageSide, testContract, {
    onEvent: (event) => events.push(event)
  })
  return {
    client,
    posted,
    events,
    terminations: () => terminations,
    close() {
      port1.close()
      port2.close()
    }
  }
}

/** A promise and the function that settles it, for handlers a test releases by hand. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}
