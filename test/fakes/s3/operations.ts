import { createHash } from 'node:crypto'
import { checkCrc32 } from './awsChunked'
import type { Route } from './routing'
import { listObjectsV2Xml, S3Error } from './xml'

/** The fake's storage and the few S3 operations the app uses, on already-authenticated requests. */

export interface StoredObject {
  bucket: string
  key: string
  bytes: Buffer
  contentType: string
  etag: string
  lastModified: Date
}

export interface S3State {
  buckets: Set<string>
  /** `${bucket}/${key}` → object */
  objects: Map<string, StoredObject>
  now(): number
}

export interface OperationResult {
  status: number
  headers: Record<string, string>
  body: Buffer | string
}

export function objectId(bucket: string, key: string): string {
  return `${bucket}/${key}`
}

function objectHeaders(object: StoredObject): Record<string, string> {
  return {
    'content-type': object.contentType,
    'content-length': String(object.bytes.length),
    etag: object.etag,
    'last-modified': object.lastModified.toUTCString(),
    'accept-ranges': 'bytes'
  }
}

function noSuchKey(key: string): S3Error {
  return new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key })
}

function putObject(
  state: S3State,
  bucket: string,
  key: string,
  body: Buffer,
  headers: Map<string, string>
): OperationResult {
  const md5 = createHash('md5').update(body)
  const contentMd5 = headers.get('content-md5')
  if (contentMd5 !== undefined && contentMd5 !== md5.copy().digest('base64')) {
    throw new S3Error(
      400,
      'BadDigest',
      'The Content-MD5 you specified did not match what we received.'
    )
  }
  checkCrc32(body, headers.get('x-amz-checksum-crc32'))
  const etag = `"${md5.digest('hex')}"`
  state.objects.set(objectId(bucket, key), {
    bucket,
    key,
    bytes: Buffer.from(body),
    contentType: headers.get('content-type') ?? 'binary/octet-stream',
    etag,
    lastModified: new Date(state.now())
  })
  return { status: 200, headers: { etag }, body: '' }
}

function listObjectsV2(state: S3State, bucket: string, query: URLSearchParams): OperationResult {
  const prefix = query.get('prefix') ?? ''
  const maxKeys = Math.min(Number(query.get('max-keys') ?? 1000) || 1000, 1000)
  const listed = [...state.objects.values()]
    .filter((o) => o.bucket === bucket && o.key.startsWith(prefix))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((o) => ({ key: o.key, size: o.bytes.length, etag: o.etag, lastModified: o.lastModified }))
  return {
    status: 200,
    headers: { 'content-type': 'application/xml' },
    body: listObjectsV2Xml(bucket, prefix, maxKeys, listed)
  }
}

export function runOperation(
  state: S3State,
  route: Route,
  body: Buffer,
  query: URLSearchParams,
  headers: Map<string, string>
): OperationResult {
  const { bucket, key, operation } = route
  if (bucket === null || operation === 'Unsupported') {
    throw new S3Error(
      501,
      'NotImplemented',
      'A header you provided implies functionality that is not implemented.'
    )
  }
  if (operation === 'CreateBucket') {
    state.buckets.add(bucket)
    return { status: 200, headers: { location: `/${bucket}` }, body: '' }
  }
  if (!state.buckets.has(bucket)) {
    throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', {
      BucketName: bucket
    })
  }
  if (operation === 'HeadBucket') return { status: 200, headers: {}, body: '' }
  if (operation === 'ListObjectsV2') return listObjectsV2(state, bucket, query)
  const objectKey = key ?? ''
  const id = objectId(bucket, objectKey)
  if (operation === 'PutObject') return putObject(state, bucket, objectKey, body, headers)
  if (operation === 'DeleteObject') {
    state.objects.delete(id)
    return { status: 204, headers: {}, body: '' }
  }
  const object = state.objects.get(id)
  if (!object) throw noSuchKey(objectKey)
  return {
    status: 200,
    headers: objectHeaders(object),
    body: operation === 'GetObject' ? object.bytes : ''
  }
}
