/**
 * Worker thread entry (built to out/main/decryptWorker.js): decrypts one workbook and posts
 * the result. The key derivation hashes the password spinCount times synchronously; here it
 * blocks only this thread, which main can time out and terminate.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { isImportError } from '../../../shared/import/errors'
import { decryptOoxml } from '../../../shared/import/workbook/decryptOoxml'
import type { DecryptReply, DecryptRequest } from './decryptProtocol'

async function run({ bytes, password }: DecryptRequest): Promise<DecryptReply> {
  try {
    return { ok: true, bytes: await decryptOoxml(bytes, password) }
  } catch (error) {
    if (isImportError(error)) return { ok: false, code: error.code, params: error.params }
    return { ok: false, code: 'crashed', message: error instanceof Error ? error.message : '' }
  }
}

/** The zip bytes move to main without a copy when they own their whole buffer. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  return whole ? bytes : bytes.slice()
}

void run(workerData as DecryptRequest).then((reply) => {
  if (!reply.ok) return parentPort?.postMessage(reply)
  const bytes = ownBuffer(reply.bytes)
  parentPort?.postMessage({ ok: true, bytes }, [bytes.buffer as ArrayBuffer])
})
