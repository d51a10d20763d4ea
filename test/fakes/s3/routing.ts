/**
 * Which bucket, key and S3 operation a request is. Path-style (`/bucket/key`) always;
 * virtual-hosted style (`bucket.localhost:PORT/key`) when the Host header names a bucket
 * under `localhost`, the only loopback name with subdomains.
 */

export type S3Operation =
  | 'PutObject'
  | 'GetObject'
  | 'HeadObject'
  | 'DeleteObject'
  | 'HeadBucket'
  | 'ListObjectsV2'
  | 'CreateBucket'
  | 'Unsupported'

export interface Route {
  bucket: string | null
  key: string | null
  operation: S3Operation
  style: 'path' | 'virtual'
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function virtualBucket(hostHeader: string | undefined): string | null {
  const hostname = (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase()
  const m = /^(.+)\.localhost$/.exec(hostname)
  return m?.[1] ?? null
}

function operationFor(
  method: string,
  key: string | null,
  query: URLSearchParams,
  headers: Map<string, string>
): S3Operation {
  if (key === null) {
    if (method === 'HEAD') return 'HeadBucket'
    if (method === 'GET' && query.get('list-type') === '2') return 'ListObjectsV2'
    if (method === 'PUT') return 'CreateBucket'
    return 'Unsupported'
  }
  if (method === 'PUT') return headers.has('x-amz-copy-source') ? 'Unsupported' : 'PutObject'
  if (method === 'GET') return 'GetObject'
  if (method === 'HEAD') return 'HeadObject'
  if (method === 'DELETE') return 'DeleteObject'
  return 'Unsupported'
}

export function route(
  method: string,
  rawPath: string,
  query: URLSearchParams,
  headers: Map<string, string>
): Route {
  const fromHost = virtualBucket(headers.get('host'))
  if (fromHost !== null) {
    const rawKey = rawPath.replace(/^\//, '')
    const key = rawKey === '' ? null : decode(rawKey)
    return {
      bucket: fromHost,
      key,
      operation: operationFor(method, key, query, headers),
      style: 'virtual'
    }
  }
  const [, rawBucket = '', ...rest] = rawPath.split('/')
  const bucket = rawBucket === '' ? null : decode(rawBucket)
  const rawKey = rest.join('/')
  const key = bucket === null || rawKey === '' ? null : decode(rawKey)
  return { bucket, key, operation: operationFor(method, key, query, headers), style: 'path' }
}
