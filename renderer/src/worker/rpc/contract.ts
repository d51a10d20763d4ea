import { z } from 'zod'

/**
 * A worker's contract, modelled on the IPC contract (shared/ipc/contract.ts): one table, call
 * name → request schema → response schema, plus the events the worker sends unasked. The
 * server (server.ts), its handlers and the client (client.ts) are all typed from it.
 */
export interface WorkerCallSpec {
  request: z.ZodType
  response: z.ZodType
  /**
   * 'terminate': the call is one synchronous run that cannot hear a cancel message (a parse),
   * so canceling it terminates the worker. Otherwise a cancel aborts the handler's signal.
   */
  cancel?: 'terminate'
}

export type WorkerCallTable = Record<string, WorkerCallSpec>
export type WorkerEventTable = Record<string, z.ZodType>

export interface WorkerContract<
  T extends WorkerCallTable = WorkerCallTable,
  E extends WorkerEventTable = WorkerEventTable
> {
  readonly calls: T
  readonly events: E
}

/** The request of a call that needs nothing. */
export const NoRequest = z.object({})

export function defineWorkerContract<const T extends WorkerCallTable>(
  calls: T
): WorkerContract<T, Record<never, z.ZodType>>
export function defineWorkerContract<
  const T extends WorkerCallTable,
  const E extends WorkerEventTable
>(calls: T, events: E): WorkerContract<T, E>
export function defineWorkerContract(
  calls: WorkerCallTable,
  events: WorkerEventTable = {}
): WorkerContract {
  return { calls, events }
}

export type CallName<C extends WorkerContract> = keyof C['calls'] & string
export type EventName<C extends WorkerContract> = keyof C['events'] & string

/** What a caller sends (before parsing: defaults may be left out). */
export type WorkerRequest<C extends WorkerContract, K extends CallName<C>> = z.input<
  C['calls'][K]['request']
>
/** What a handler receives: the request as its schema parsed it. */
export type WorkerParsedRequest<C extends WorkerContract, K extends CallName<C>> = z.output<
  C['calls'][K]['request']
>
/** What a caller gets back: the handler's answer as the response schema parsed it. */
export type WorkerResponse<C extends WorkerContract, K extends CallName<C>> = z.output<
  C['calls'][K]['response']
>
type HandlerAnswer<C extends WorkerContract, K extends CallName<C>> = z.input<
  C['calls'][K]['response']
>

/** What a handler gets besides its request. */
export interface WorkerCallContext {
  /** A fraction in [0, 1]; the server throttles what it sends on. */
  progress(fraction: number): void
  /** Aborted when the caller cancels (calls not declared `cancel: 'terminate'`). */
  signal: AbortSignal
}

export type WorkerHandler<C extends WorkerContract, K extends CallName<C>> = (
  request: WorkerParsedRequest<C, K>,
  ctx: WorkerCallContext
) => HandlerAnswer<C, K> | Promise<HandlerAnswer<C, K>>

/** One handler per call: a missing one is a compile error where the table is built. */
export type WorkerHandlers<C extends WorkerContract> = { [K in CallName<C>]: WorkerHandler<C, K> }

/** What the page hears unasked, one variant per event of the contract. */
export type WorkerEvent<C extends WorkerContract> = {
  [K in EventName<C>]: { name: K; data: z.output<C['events'][K]> }
}[EventName<C>]

/** How a worker module says something unasked (serveWorker's `emit`). */
export type EmitWorkerEvent<C extends WorkerContract> = <K extends EventName<C>>(
  name: K,
  data: z.input<C['events'][K]>
) => void
