import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { randomBytes } from 'node:crypto'
import { authenticate } from './s3/auth'
import { objectId, runOperation, type S3State, type StoredObject } from './s3/operations'
import { route, type Route, type S3Operation } from './s3/routing'
import { headerValues } from './s3/sigv4'
import { S3Error } from './s3/xml'

/**
 * An S3-compatible host on 127.0.0.1 that, unlike s3rver, VERIFIES Signature V4: header-
 * signed requests (hashed, unsigned and aws-chunked payloads) and presigned URLs. It keeps
 * objects in memory (`objects`), records every request, answers with S3's XML errors, and
 * fails on demand. Its clock is `now()`, so expiry is tested without waiting.
 */

export type { S3Operation } from './s3/routing'
export type { StoredObject } from './s3/operations'

export const FAKE_S3_ACCESS_KEY_ID = 'AKIAFAKELEADPREP0001'
export const FAKE_S3_SECRET_ACCESS_KEY = 'fake-s3-secret/Kx9pQ2vL7mN4rT8wY1zB3cD5fG6h'
export const FAKE_S3_REGION = 'sa-east-1'
export const FAKE_S3_BUCKET = 'leadprep-leads'

export interface S3FakeOptions {
  region?: string
  /** access key id → secret access key */
  credentials?: Record<string, string>
  buckets?: string[]
  now?: () => number
  /** Listen on this port (default: any free one). */
  port?: number
}

export type S3Fault =
  /** Answer with this status and an S3 XML error (InternalError by default). */
  | { kind: 'status'; status: number; code?: string; message?: string }
  /** Destroy the socket unanswered; `afterHandling`: store/delete first, then drop. */
  | { kind: 'drop'; afterHandling?: boolean }
  /** Never answer (the client must time out); the socket is closed by `close()`. */
  | { kind: 'hang' }

export interface S3FaultScope {
  method?: string
  operation?: S3Operation
  /** How many matching requests get it (default 1; Infinity for all). */
  times?: number
}

export interface S3RecordedRequest {
  method: string
  /** The raw path as sent (percent-encoded). */
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  bucket: string | null
  key: string | null
  operation: S3Operation
  style: Route['style']
  auth: 'header' | 'presigned' | 'none'
  accessKeyId?: string
  /** 0 when the request was dropped or left hanging. */
  status: number
  errorCode?: string
}

export interface S3FakeServer {
  url: string
  port: number
  region: string
  buckets: Set<string>
  /** `${bucket}/${key}` → object, for tests to inspect. */
  objects: Map<string, StoredObject>
  requests: S3RecordedRequest[]
  object(bucket: string, key: string): StoredObject | undefined
  fail(fault: S3Fault, scope?: S3FaultScope): void
  clearFaults(): void
  close(): Promise<void>
}

interface FaultRule extends S3FaultScope {
  fault: S3Fault
  remaining: number
}

const MAX_BODY_BYTES = 64 * 1024 * 1024

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () =>
      size > MAX_BODY_BYTES
        ? reject(
            new S3Error(
              400,
              'EntityTooLarge',
              'Your proposed upload exceeds the maximum allowed object size.'
            )
          )
        : resolve(Buffer.concat(chunks))
    )
    req.on('error', reject)
  })
}

export async function startS3Server(options: S3FakeOptions = {}): Promise<S3FakeServer> {
  const region = options.region ?? FAKE_S3_REGION
  const now = options.now ?? Date.now
  const credentials = new Map(
    Object.entries(options.credentials ?? { [FAKE_S3_ACCESS_KEY_ID]: FAKE_S3_SECRET_ACCESS_KEY })
  )
  const state: S3State = {
    buckets: new Set(options.buckets ?? [FAKE_S3_BUCKET]),
    objects: new Map(),
    now
  }
  const requests: S3RecordedRequest[] = []
  let rules: FaultRule[] = []
  const sockets = new Set<Socket>()

  function takeFault(method: string, operation: S3Operation): S3Fault | undefined {
    const rule = rules.find(
      (r) =>
        r.remaining > 0 &&
        (r.method === undefined || r.method === method) &&
        (r.operation === undefined || r.operation === operation)
    )
    if (!rule) return undefined
    rule.remaining--
    rules = rules.filter((r) => r.remaining > 0)
    return rule.fault
  }

  function send(
    res: ServerResponse,
    record: S3RecordedRequest,
    status: number,
    headers: Record<string, string>,
    body: Buffer | string
  ): void {
    record.status = status
    const requestId = randomBytes(8).toString('hex').toUpperCase()
    res.writeHead(status, {
      'x-amz-request-id': requestId,
      date: new Date(now()).toUTCString(),
      server: 'FakeS3',
      ...headers
    })
    res.end(record.method === 'HEAD' ? undefined : body)
  }

  function sendError(res: ServerResponse, record: S3RecordedRequest, error: S3Error): void {
    record.errorCode = error.code
    const xml = error.toXml(randomBytes(8).toString('hex').toUpperCase())
    send(res, record, error.status, { 'content-type': 'application/xml', ...error.headers }, xml)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/'
    const url = new URL(rawUrl, 'http://fake-s3')
    const queryAt = rawUrl.indexOf('?')
    const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
    const rawQuery = queryAt === -1 ? '' : rawUrl.slice(queryAt + 1)
    const method = req.method ?? 'GET'
    const headers = headerValues(req.rawHeaders)
    const target = route(method, rawPath, url.searchParams, headers)
    const record: S3RecordedRequest = {
      method,
      path: rawPath,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(headers),
      bucket: target.bucket,
      key: target.key,
      operation: target.operation,
      style: target.style,
      auth: 'none',
      status: 0
    }
    requests.push(record)
    try {
      await answer(req, res, record, target, rawQuery, headers, url.searchParams)
    } catch (error) {
      const s3Error =
        error instanceof S3Error ? error : new S3Error(500, 'InternalError', String(error))
      if (!res.headersSent) sendError(res, record, s3Error)
    }
  }

  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
    record: S3RecordedRequest,
    target: Route,
    rawQuery: string,
    headers: Map<string, string>,
    query: URLSearchParams
  ): Promise<void> {
    const { method, path: rawPath } = record
    const body = await readBody(req)
    const fault = takeFault(method, target.operation)
    if (fault?.kind === 'hang') return
    if (fault?.kind === 'drop' && !fault.afterHandling) {
      req.socket.destroy()
      return
    }
    if (fault?.kind === 'status') {
      const message = fault.message ?? 'We encountered an internal error. Please try again.'
      throw new S3Error(fault.status, fault.code ?? 'InternalError', message)
    }
    const who = authenticate(
      { method, rawPath, rawQuery, headers, body },
      { region, credentials, now }
    )
    record.auth = who.mode
    record.accessKeyId = who.accessKeyId
    const result = runOperation(state, target, who.body, query, headers)
    if (fault?.kind === 'drop') {
      req.socket.destroy()
      return
    }
    send(res, record, result.status, result.headers, result.body)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    region,
    buckets: state.buckets,
    objects: state.objects,
    requests,
    object: (bucket, key) => state.objects.get(objectId(bucket, key)),
    fail(fault, scope = {}) {
      rules.push({ ...scope, fault, remaining: scope.times ?? 1 })
    },
    clearFaults() {
      rules = []
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve()))
      )
    }
  }
}
