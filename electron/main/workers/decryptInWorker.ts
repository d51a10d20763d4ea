import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { ImportError } from '../../../shared/import/errors'
import type { DecryptReply, DecryptRequest } from './decryptProtocol'

/**
 * Above the worst a legitimate file costs here (spinCount 10,000,000 ≈ 75 s on a slow
 * laptop); a file that still runs is stopped rather than left spinning.
 */
export const DECRYPT_TIMEOUT_MS = 120_000

export interface DecryptOptions {
  timeoutMs?: number
  /** Aborting stops the worker at once (the user canceled, the window closed). */
  signal?: AbortSignal
}

/** The worker was stopped before it answered. */
export class DecryptStoppedError extends Error {
  constructor(readonly reason: 'timeout' | 'canceled') {
    super(`decrypt ${reason}`)
    this.name = 'DecryptStoppedError'
  }
}

/**
 * out/main/decryptWorker.js when built; in the source tree (unit tests, the test bridge) the
 * TypeScript entry, compiled on load by tsx (a dev dependency, never in the packaged app).
 */
function workerEntry(): { file: string; execArgv?: string[] } {
  const built = join(__dirname, 'decryptWorker.js')
  if (existsSync(built)) return { file: built }
  const tsx = createRequire(__filename).resolve(['tsx', 'cjs'].join('/'))
  return { file: join(__dirname, 'decryptWorker.ts'), execArgv: ['--require', tsx] }
}

/**
 * decryptOoxml in a worker thread, so a costly spinCount never blocks the main process:
 * resolves with the zip bytes, rejects with the ImportError the worker hit, or with
 * DecryptStoppedError on timeout or abort.
 */
export function decryptInWorker(
  bytes: Uint8Array,
  password: string,
  options: DecryptOptions = {}
): Promise<Uint8Array> {
  const { signal, timeoutMs = DECRYPT_TIMEOUT_MS } = options
  if (signal?.aborted) return Promise.reject(new DecryptStoppedError('canceled'))
  const { file, execArgv } = workerEntry()
  const request: DecryptRequest = { bytes, password }
  const worker = new Worker(file, { workerData: request, ...(execArgv ? { execArgv } : {}) })

  return new Promise<Uint8Array>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      worker.removeAllListeners()
      worker.on('error', () => undefined)
      void worker.terminate()
      settle()
    }
    const stop = (reason: 'timeout' | 'canceled') =>
      finish(() => reject(new DecryptStoppedError(reason)))
    const onAbort = () => stop('canceled')
    const timer = setTimeout(() => stop('timeout'), timeoutMs)
    signal?.addEventListener('abort', onAbort, { once: true })

    worker.once('message', (reply: DecryptReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.bytes)
        else if (reply.code === 'crashed') reject(new Error(`decrypt worker: ${reply.message}`))
        else reject(new ImportError(reply.code, reply.params))
      })
    )
    worker.once('error', (error) => finish(() => reject(error)))
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`decrypt worker exited (${code}) without an answer`)))
    )
  })
}
