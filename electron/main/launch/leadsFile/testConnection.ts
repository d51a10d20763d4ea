import { randomUUID } from 'node:crypto'
import { isLeadsFileHostError, LeadsFileHostError } from './errors'
import { leadsFileError, parseS3ErrorXml } from './sdkErrors'
import type { ConnectionStep, HostedLeadsFile, LeadsFileConnectionResult } from './types'

/**
 * "Testar conexão": the whole path a launch takes, on a tiny file. Upload it under the
 * configured prefix (permissions are often limited to it), download it through its
 * presigned URL as Kinbox would, compare the bytes, delete it. Nothing is thrown: the UI
 * gets the failed step and a typed error.
 */

export interface ConnectionTestDeps {
  bucket: string
  prefix: string
  now: () => number
  secret: string
  fetch: typeof fetch
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>
  presign(key: string): Promise<HostedLeadsFile>
  remove(key: string): Promise<void>
}

const DOWNLOAD_TIMEOUT_MS = 30_000

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause
  if (typeof cause?.code === 'string') return cause.code
  return error instanceof Error ? error.name : 'unknown'
}

async function download(deps: ConnectionTestDeps, url: string): Promise<Uint8Array> {
  let response: Response
  try {
    response = await deps.fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) })
  } catch (error) {
    throw leadsFileError('download', undefined, undefined, networkReason(error), deps.secret)
  }
  const body = new Uint8Array(await response.arrayBuffer())
  if (!response.ok) {
    const { code, message } = parseS3ErrorXml(new TextDecoder().decode(body))
    throw leadsFileError('download', response.status, code, message, deps.secret)
  }
  return body
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

export async function testS3Connection(
  deps: ConnectionTestDeps
): Promise<LeadsFileConnectionResult> {
  const key = `${deps.prefix}.leadprep-teste-de-conexao/${randomUUID()}.txt`
  const bytes = new TextEncoder().encode(
    `LeadPrep: teste de conexão ${new Date(deps.now()).toISOString()}\n`
  )
  let step: ConnectionStep = 'upload'
  let uploaded = false
  try {
    await deps.put(key, bytes, 'text/plain; charset=utf-8')
    uploaded = true
    step = 'download'
    const hosted = await deps.presign(key)
    const downloaded = await download(deps, hosted.url)
    step = 'compare'
    if (!sameBytes(downloaded, bytes)) {
      throw new LeadsFileHostError({
        code: 'mismatch',
        operation: 'download',
        message: `S3 download: the file downloaded (${downloaded.length} bytes) differs from the file uploaded (${bytes.length} bytes)`
      })
    }
    return { ok: true, bucket: deps.bucket, cleanedUp: await cleanUp(deps, key) }
  } catch (error) {
    const failure = isLeadsFileHostError(error)
      ? error
      : leadsFileError('download', undefined, undefined, 'unknown', deps.secret)
    const cleanedUp = uploaded ? await cleanUp(deps, key) : true
    return { ok: false, bucket: deps.bucket, step, error: failure.toInfo(), cleanedUp }
  }
}

/** Deleting the test file is best effort: a launch needs upload and download, not delete. */
async function cleanUp(deps: ConnectionTestDeps, key: string): Promise<boolean> {
  try {
    await deps.remove(key)
    return true
  } catch {
    return false
  }
}
