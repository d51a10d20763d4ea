import { leadContract, type LeadContract, type LeadEvent } from './leadContract'
import { WorkerRpcClient } from './rpc/client'

/** The lead worker's calls, typed from its contract (leadContract.ts). */
export type LeadWorkerClient = WorkerRpcClient<LeadContract>

/**
 * The worker holding the current table. An import runs in a fresh worker and replaces
 * this one only when it succeeds, so a canceled or failed import leaves the user's
 * current list untouched.
 */
let current: LeadWorkerClient | null = null
let incoming: LeadWorkerClient | null = null
const listeners = new Set<(event: LeadEvent) => void>()

/** Hear what the current worker says unasked (a table laid out again); returns the unsubscribe. */
export function onWorkerEvent(listener: (event: LeadEvent) => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export function currentWorker(): LeadWorkerClient | null {
  return current
}

export function startIncoming(): LeadWorkerClient {
  incoming?.terminate()
  const worker: LeadWorkerClient = new WorkerRpcClient(
    new Worker(new URL('./leadWorker.ts', import.meta.url), { type: 'module' }),
    leadContract,
    {
      onEvent(event) {
        // Only the worker holding the user's table speaks for it.
        if (worker === current) for (const listener of listeners) listener(event)
      }
    }
  )
  incoming = worker
  return worker
}

export function promoteIncoming(worker: LeadWorkerClient): void {
  if (incoming !== worker) return
  if (current && current !== worker) current.terminate()
  current = worker
  incoming = null
}

/** Cancelar: the incoming worker is stopped mid-parse; the current one is untouched. */
export function cancelIncoming(): void {
  incoming?.terminate()
  incoming = null
}
