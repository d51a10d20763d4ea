import { crc32 } from 'node:zlib'
import { S3Error } from './xml'

/**
 * `Content-Encoding: aws-chunked` bodies as SDK v3 sends them for streamed uploads with the
 * default checksum mode (`x-amz-content-sha256: STREAMING-UNSIGNED-PAYLOAD-TRAILER`):
 * `<hex size>\r\n<data>\r\n` … `0\r\n` then trailer lines (`x-amz-checksum-crc32:…`) and a
 * blank line. Signed chunks (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD`) are not sent by the JS
 * SDK and are refused by the caller.
 */
export interface DecodedChunks {
  data: Buffer
  trailers: Map<string, string>
}

function malformed(detail: string): S3Error {
  return new S3Error(400, 'IncompleteBody', `aws-chunked body malformed: ${detail}`)
}

export function decodeAwsChunked(body: Buffer): DecodedChunks {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at)
    if (lineEnd === -1) throw malformed('missing chunk size')
    const sizeText = body.toString('latin1', at, lineEnd).split(';')[0] ?? ''
    const size = Number.parseInt(sizeText, 16)
    if (!/^[0-9a-fA-F]+$/.test(sizeText) || !Number.isFinite(size)) throw malformed('bad size')
    at = lineEnd + 2
    if (size === 0) break
    if (at + size + 2 > body.length) throw malformed('chunk shorter than its size')
    parts.push(body.subarray(at, at + size))
    at += size + 2
  }
  const trailers = new Map<string, string>()
  for (const line of body.toString('latin1', at).split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0)
      trailers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { data: Buffer.concat(parts), trailers }
}

/** Checks the `x-amz-checksum-crc32` a client sent (header or trailer), as S3 does. */
export function checkCrc32(data: Buffer, expectedBase64: string | undefined): void {
  if (expectedBase64 === undefined) return
  const actual = Buffer.alloc(4)
  actual.writeUInt32BE(crc32(data) >>> 0)
  if (actual.toString('base64') !== expectedBase64) {
    throw new S3Error(
      400,
      'BadDigest',
      'The CRC32 you specified did not match the calculated checksum.'
    )
  }
}
