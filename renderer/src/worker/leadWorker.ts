/// <reference lib="webworker" />
import { isImportError } from '../../../shared/import'
import { cleanCalls } from './cleanCalls'
import { columnCalls } from './columnCalls'
import { draftCalls } from './draftCalls'
import { importCalls } from './importCalls'
import { launchCalls } from './launchCalls'
import { mapCalls } from './mapCalls'
import type { WorkerCall, WorkerFailure, WorkerMessage, WorkerRequest } from './protocol'
import { workerEvents, type Progress } from './state'

/**
 * Runs the shared pipeline off the main thread and keeps the rows here; the UI asks for
 * the pages it shows. Canceling an import terminates this worker (see workerClient).
 * Each feature registers its calls in its own module; this file only dispatches.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

type Handler = (call: WorkerCall, progress: Progress) => unknown
const calls = {
  ...importCalls,
  ...columnCalls,
  ...cleanCalls,
  ...mapCalls,
  ...launchCalls,
  ...draftCalls
} as Record<WorkerCall['kind'], Handler>

function post(message: WorkerMessage): void {
  scope.postMessage(message)
}

workerEvents.emit = (event) => post({ type: 'event', event })

function progressReporter(id: number): Progress {
  let last = 0
  return (fraction) => {
    // Throttle: a message per percent is plenty for a progress bar.
    if (fraction - last >= 0.01 || fraction === 1) {
      last = fraction
      post({ id, type: 'progress', fraction })
    }
  }
}

function toFailure(error: unknown): WorkerFailure {
  if (isImportError(error))
    return { code: error.code, params: error.params, message: error.message }
  return { code: 'internal_error', params: {}, message: String((error as Error)?.message ?? error) }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, ...call } = event.data
  try {
    const result = calls[call.kind](call as WorkerCall, progressReporter(id))
    // A few calls answer later (crypto.subtle); the rest answer at once, as before.
    if (result instanceof Promise)
      result.then(
        (value: unknown) => post({ id, type: 'result', result: value }),
        (error: unknown) => post({ id, type: 'error', error: toFailure(error) })
      )
    else post({ id, type: 'result', result })
  } catch (error) {
    post({ id, type: 'error', error: toFailure(error) })
  }
}
