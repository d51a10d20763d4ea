import { LeadWorkerClient } from '../../worker/workerClient'

/**
 * The worker holding the current table. An import runs in a fresh worker and replaces
 * this one only when it succeeds, so a canceled or failed import leaves the user's
 * current list untouched.
 */
let current: LeadWorkerClient | null = null
let incoming: LeadWorkerClient | null = null

export function currentWorker(): LeadWorkerClient | null {
  return current
}

export function startIncoming(): LeadWorkerClient {
  incoming?.terminate()
  incoming = new LeadWorkerClient()
  return incoming
}

export function promoteIncoming(worker: LeadWorkerClient): void {
  if (incoming !== worker) return
  if (current && current !== worker) current.terminate()
  current = worker
  incoming = null
}

export function cancelIncoming(): void {
  incoming?.terminate()
  incoming = null
}
