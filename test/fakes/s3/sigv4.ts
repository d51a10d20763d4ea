import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/**
 * AWS Signature Version 4, computed from scratch for the fake S3 host (the SDK signs, this
 * checks): canonical request → string to sign → signing key → signature. Following
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html,
 * with S3's rules: the path is encoded once (not normalised), the payload line is the
 * `x-amz-content-sha256` value (or `UNSIGNED-PAYLOAD` for presigned URLs).
 */

export const ALGORITHM = 'AWS4-HMAC-SHA256'

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest()
}

/** RFC 3986 encoding as SigV4 wants it: everything but `A-Za-z0-9-._~` is %XX. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

function decodeLoose(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The path as S3 canonicalises it: each segment decoded, then encoded strictly, once. */
export function canonicalUri(rawPath: string): string {
  const path = rawPath === '' ? '/' : rawPath
  return path
    .split('/')
    .map((segment) => encodeRfc3986(decodeLoose(segment)))
    .join('/')
}

/** The raw query string as pairs, decoded (a `+` stays a `+`: S3 clients send `%20`). */
export function parseQuery(rawQuery: string): [string, string][] {
  if (rawQuery === '') return []
  return rawQuery.split('&').map((pair) => {
    const eq = pair.indexOf('=')
    const name = eq === -1 ? pair : pair.slice(0, eq)
    const value = eq === -1 ? '' : pair.slice(eq + 1)
    return [decodeLoose(name), decodeLoose(value)]
  })
}

export function canonicalQuery(pairs: [string, string][]): string {
  return pairs
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
}

/** `rawHeaders` (name, value, name, value…) grouped by lower-case name, values canonical. */
export function headerValues(rawHeaders: string[]): Map<string, string> {
  const grouped = new Map<string, string[]>()
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] ?? '').toLowerCase()
    const value = (rawHeaders[i + 1] ?? '').trim().replace(/\s+/g, ' ')
    grouped.set(name, [...(grouped.get(name) ?? []), value])
  }
  return new Map([...grouped].map(([name, values]) => [name, values.join(',')]))
}

export interface CanonicalRequestInput {
  method: string
  rawPath: string
  query: [string, string][]
  headers: Map<string, string>
  signedHeaders: string[]
  payloadHash: string
}

export function canonicalRequest(input: CanonicalRequestInput): string {
  const headerLines = input.signedHeaders
    .map((name) => `${name}:${input.headers.get(name) ?? ''}\n`)
    .join('')
  return [
    input.method,
    canonicalUri(input.rawPath),
    canonicalQuery(input.query),
    headerLines,
    input.signedHeaders.join(';'),
    input.payloadHash
  ].join('\n')
}

export interface Scope {
  date: string
  region: string
  service: string
}

export function scopeString(scope: Scope): string {
  return `${scope.date}/${scope.region}/${scope.service}/aws4_request`
}

export function stringToSign(amzDate: string, scope: Scope, canonical: string): string {
  return [ALGORITHM, amzDate, scopeString(scope), sha256Hex(canonical)].join('\n')
}

export function signingKey(secret: string, scope: Scope): Buffer {
  const kDate = hmac(`AWS4${secret}`, scope.date)
  const kRegion = hmac(kDate, scope.region)
  const kService = hmac(kRegion, scope.service)
  return hmac(kService, 'aws4_request')
}

export function signature(secret: string, scope: Scope, toSign: string): string {
  return createHmac('sha256', signingKey(secret, scope)).update(toSign, 'utf8').digest('hex')
}

/** Constant-time comparison of two hex signatures. */
export function signaturesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8')
  const b = Buffer.from(given.toLowerCase(), 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}

/** `20261201T120000Z` → epoch ms, or null when it is not that shape. */
export function parseAmzDate(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  if (!m) return null
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = m.slice(1).map(Number)
  return Date.UTC(y, mo - 1, d, h, mi, s)
}
