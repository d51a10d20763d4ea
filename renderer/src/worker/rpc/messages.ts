import type { WorkerFailure } from './failure'

/**
 * What travels between the page and a worker. Every call gets exactly one final answer
 * (`result` or `error`; a canceled call's is a `canceled` error), so the client knows when the
 * worker is free again (client.ts `idle`).
 */
export type PageMessage =
  { type: 'call'; id: number; name: string; request: unknown } | { type: 'cancel'; id: number }

export type WorkerMessage =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'result'; id: number; response: unknown }
  | { type: 'error'; id: number; failure: WorkerFailure }
  | { type: 'event'; name: string; data: unknown }

/**
 * One end of the channel: the worker's `self`, a `Worker`, or a `MessagePort` (unit tests run
 * both ends in one process over a `MessageChannel`).
 */
export interface RpcPort {
  postMessage(message: unknown, transfer: Transferable[]): void
  onmessage: ((event: MessageEvent) => void) | null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** A message from the page, as far as its envelope goes (the request is the contract's job). */
export function readPageMessage(data: unknown): PageMessage | null {
  if (!isRecord(data) || typeof data.id !== 'number') return null
  if (data.type === 'cancel') return { type: 'cancel', id: data.id }
  if (data.type === 'call' && typeof data.name === 'string')
    return { type: 'call', id: data.id, name: data.name, request: data.request }
  return null
}
