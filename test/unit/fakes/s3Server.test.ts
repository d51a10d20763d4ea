import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Readable } from 'node:stream'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import {
  FAKE_S3_ACCESS_KEY_ID,
  FAKE_S3_BUCKET,
  FAKE_S3_SECRET_ACCESS_KEY,
  startS3Server,
  type S3FakeServer
} from '../../fakes/s3Server'
import { fakeS3Client, virtualHostS3Client } from '../../fakes/s3/sdkClient'

/**
 * The fake S3 host is only worth something if it refuses what real S3 refuses: every
 * test here drives it with the real AWS SDK v3 over loopback HTTP, and the tamper tests
 * change a request after the SDK signed it.
 */

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0)
let clock = T0
let server: S3FakeServer
let client: S3Client

beforeEach(async () => {
  clock = T0
  server = await startS3Server({ now: () => clock })
  client = fakeS3Client(server, { systemClockOffset: T0 - Date.now() })
})
afterEach(async () => {
  client.destroy()
  await server.close()
})

const bytes = new TextEncoder().encode('number,leadName\n5511987654321,Ana\n')

async function put(c: S3Client, key = 'leadprep/l1/leads.csv', body: Uint8Array = bytes) {
  return c.send(
    new PutObjectCommand({ Bucket: FAKE_S3_BUCKET, Key: key, Body: body, ContentType: 'text/csv' })
  )
}

/** What S3 said: the SDK's exception name (S3's <Code>) and the HTTP status. */
async function refusal(work: Promise<unknown>): Promise<{ name: string; status?: number }> {
  try {
    await work
  } catch (error) {
    const e = error as { name: string; $metadata?: { httpStatusCode?: number } }
    return { name: e.name, status: e.$metadata?.httpStatusCode }
  }
  throw new Error('expected the fake to refuse the request')
}

/** A client whose signed requests are changed just before they leave (after signing). */
function tamperingClient(
  change: (request: { headers: Record<string, string>; body?: unknown }) => void
) {
  const c = fakeS3Client(server, { systemClockOffset: T0 - Date.now() })
  c.middlewareStack.add(
    (next) => (args) => {
      change(args.request as { headers: Record<string, string>; body?: unknown })
      return next(args)
    },
    { step: 'deserialize', name: 'tamperAfterSigning' }
  )
  return c
}

describe('fake S3: header-signed requests', () => {
  it('stores a PutObject and serves the same bytes to GetObject, HeadObject and ListObjectsV2', async () => {
    await put(client)
    const stored = server.object(FAKE_S3_BUCKET, 'leadprep/l1/leads.csv')
    expect(stored?.bytes.equals(Buffer.from(bytes))).toBe(true)
    expect(stored?.contentType).toBe('text/csv')

    const got = await client.send(
      new GetObjectCommand({ Bucket: FAKE_S3_BUCKET, Key: 'leadprep/l1/leads.csv' })
    )
    expect(await got.Body?.transformToByteArray()).toEqual(bytes)
    const head = await client.send(
      new HeadObjectCommand({ Bucket: FAKE_S3_BUCKET, Key: 'leadprep/l1/leads.csv' })
    )
    expect(head.ContentLength).toBe(bytes.length)
    await client.send(new HeadBucketCommand({ Bucket: FAKE_S3_BUCKET }))
    const list = await client.send(
      new ListObjectsV2Command({ Bucket: FAKE_S3_BUCKET, Prefix: 'leadprep/' })
    )
    expect(list.Contents?.map((o) => o.Key)).toEqual(['leadprep/l1/leads.csv'])

    await client.send(
      new DeleteObjectCommand({ Bucket: FAKE_S3_BUCKET, Key: 'leadprep/l1/leads.csv' })
    )
    expect(server.objects.size).toBe(0)
    expect(
      server.requests.every((r) => r.auth === 'header' && r.accessKeyId === FAKE_S3_ACCESS_KEY_ID)
    ).toBe(true)
  })

  it('keeps keys with spaces and accents exactly (canonical URI encoding)', async () => {
    await put(client, 'leadprep/lançamento 1/Campanha (Dez) + ação.xlsx')
    expect(
      server.object(FAKE_S3_BUCKET, 'leadprep/lançamento 1/Campanha (Dez) + ação.xlsx')
    ).toBeDefined()
  })

  it("accepts the SDK's default checksum mode: a CRC32 header, and an aws-chunked stream with a trailer", async () => {
    const defaults = fakeS3Client(server, {
      systemClockOffset: T0 - Date.now(),
      requestChecksumCalculation: 'WHEN_SUPPORTED',
      responseChecksumValidation: 'WHEN_SUPPORTED'
    })
    await put(defaults, 'a.csv')
    await defaults.send(
      new PutObjectCommand({
        Bucket: FAKE_S3_BUCKET,
        Key: 'streamed.csv',
        Body: Readable.from([Buffer.from(bytes)]),
        ContentLength: bytes.length
      })
    )
    defaults.destroy()
    const [crcPut, streamPut] = server.requests
    expect(crcPut?.headers['x-amz-checksum-crc32']).toBeTruthy()
    expect(streamPut?.headers['x-amz-content-sha256']).toBe('STREAMING-UNSIGNED-PAYLOAD-TRAILER')
    expect(server.object(FAKE_S3_BUCKET, 'a.csv')?.bytes.equals(Buffer.from(bytes))).toBe(true)
    expect(server.object(FAKE_S3_BUCKET, 'streamed.csv')?.bytes.equals(Buffer.from(bytes))).toBe(
      true
    )
  })

  it('refuses a wrong secret (SignatureDoesNotMatch) and an unknown key (InvalidAccessKeyId)', async () => {
    const wrongSecret = fakeS3Client(server, {
      systemClockOffset: T0 - Date.now(),
      credentials: { accessKeyId: FAKE_S3_ACCESS_KEY_ID, secretAccessKey: 'not-the-secret' }
    })
    expect(await refusal(put(wrongSecret))).toEqual({ name: 'SignatureDoesNotMatch', status: 403 })
    const unknownKey = fakeS3Client(server, {
      systemClockOffset: T0 - Date.now(),
      credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: FAKE_S3_SECRET_ACCESS_KEY }
    })
    expect(await refusal(put(unknownKey))).toEqual({ name: 'InvalidAccessKeyId', status: 403 })
    expect(server.objects.size).toBe(0)
  })

  it('refuses a request signed for another region, naming the right one', async () => {
    const wrongRegion = fakeS3Client(server, {
      systemClockOffset: T0 - Date.now(),
      region: 'us-east-1'
    })
    expect(await refusal(put(wrongRegion))).toEqual({
      name: 'AuthorizationHeaderMalformed',
      status: 400
    })
    expect(server.requests[0]?.errorCode).toBe('AuthorizationHeaderMalformed')
    expect(server.objects.size).toBe(0)
  })

  it('refuses a missing bucket (NoSuchBucket) and a request without a signature (AccessDenied)', async () => {
    const missing = client.send(
      new PutObjectCommand({ Bucket: 'no-such-bucket', Key: 'k', Body: bytes })
    )
    expect(await refusal(missing)).toEqual({ name: 'NoSuchBucket', status: 404 })
    const anonymous = await fetch(`${server.url}/${FAKE_S3_BUCKET}/k`)
    expect(anonymous.status).toBe(403)
    expect(await anonymous.text()).toContain('<Code>AccessDenied</Code>')
  })

  it('refuses a request whose clock is more than 15 minutes off (RequestTimeTooSkewed)', async () => {
    const skewed = fakeS3Client(server, { systemClockOffset: T0 - Date.now() - 20 * 60_000 })
    expect(await refusal(put(skewed))).toEqual({ name: 'RequestTimeTooSkewed', status: 403 })
  })
})

describe('fake S3: tampered requests are refused', () => {
  it('a flipped signature character', async () => {
    const c = tamperingClient((request) => {
      const auth = request.headers['authorization'] ?? ''
      const last = auth.at(-1) === '0' ? '1' : '0'
      request.headers['authorization'] = auth.slice(0, -1) + last
    })
    expect(await refusal(put(c))).toEqual({ name: 'SignatureDoesNotMatch', status: 403 })
    expect(server.objects.size).toBe(0)
  })

  it('a signed header changed after signing', async () => {
    const c = tamperingClient((request) => {
      request.headers['content-type'] = 'text/html'
    })
    expect(await refusal(put(c))).toEqual({ name: 'SignatureDoesNotMatch', status: 403 })
  })

  it('a body swapped after signing (the payload hash no longer matches)', async () => {
    const c = tamperingClient((request) => {
      request.body = new TextEncoder().encode('number,leadName\n5511900000000,Eve\n')
    })
    expect(await refusal(put(c))).toEqual({ name: 'XAmzContentSHA256Mismatch', status: 400 })
    expect(server.objects.size).toBe(0)
  })
})

describe('fake S3: presigned URLs', () => {
  async function presignedGet(key: string, expiresIn: number, signer: S3Client = client) {
    return getSignedUrl(signer, new GetObjectCommand({ Bucket: FAKE_S3_BUCKET, Key: key }), {
      expiresIn,
      signingDate: new Date(clock)
    })
  }

  it('serves the object to a plain fetch of the URL, and refuses a tampered one', async () => {
    await put(client)
    const url = await presignedGet('leadprep/l1/leads.csv', 3600)
    const ok = await fetch(url)
    expect(ok.status).toBe(200)
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(bytes)
    expect(server.requests.at(-1)?.auth).toBe('presigned')

    const flipped = url.replace(
      /X-Amz-Signature=([0-9a-f])/,
      (_m, c: string) => `X-Amz-Signature=${c === 'a' ? 'b' : 'a'}`
    )
    const otherKey = url.replace('leads.csv', 'other.csv')
    const longer = url.replace('X-Amz-Expires=3600', 'X-Amz-Expires=7200')
    for (const tampered of [flipped, otherKey, longer]) {
      const response = await fetch(tampered)
      expect(response.status).toBe(403)
      expect(await response.text()).toContain('<Code>SignatureDoesNotMatch</Code>')
    }
  })

  it('works until X-Amz-Date + X-Amz-Expires and is refused one second later (injected clock)', async () => {
    await put(client)
    const url = await presignedGet('leadprep/l1/leads.csv', 3600)
    clock = T0 + 3600_000
    expect((await fetch(url)).status).toBe(200)
    clock = T0 + 3601_000
    const expired = await fetch(url)
    expect(expired.status).toBe(403)
    const xml = await expired.text()
    expect(xml).toContain('<Code>AccessDenied</Code>')
    expect(xml).toContain('<Message>Request has expired</Message>')
  })

  it('refuses a URL signed with a wrong secret, for another region, or for more than 7 days', async () => {
    await put(client)
    const wrongSecret = fakeS3Client(server, {
      credentials: { accessKeyId: FAKE_S3_ACCESS_KEY_ID, secretAccessKey: 'not-the-secret' }
    })
    const r1 = await fetch(await presignedGet('leadprep/l1/leads.csv', 3600, wrongSecret))
    expect([r1.status, await r1.text()]).toEqual([
      403,
      expect.stringContaining('SignatureDoesNotMatch')
    ])

    const otherRegion = fakeS3Client(server, { region: 'us-east-1' })
    const r2 = await fetch(await presignedGet('leadprep/l1/leads.csv', 3600, otherRegion))
    const text2 = await r2.text()
    expect(r2.status).toBe(400)
    expect(text2).toContain('AuthorizationQueryParametersError')
    expect(text2).toContain(`expecting '${server.region}'`)

    const week = await presignedGet('leadprep/l1/leads.csv', 7 * 86400)
    const tooLong = week.replace(`X-Amz-Expires=${7 * 86400}`, `X-Amz-Expires=${8 * 86400}`)
    const r3 = await fetch(tooLong)
    expect([r3.status, await r3.text()]).toEqual([400, expect.stringContaining('less than a week')])
  })
})

describe('fake S3: addressing and faults', () => {
  it('accepts virtual-hosted style (bucket.localhost) as well as path style', async () => {
    const virtual = virtualHostS3Client(server, { systemClockOffset: T0 - Date.now() })
    await put(virtual, 'v.csv')
    virtual.destroy()
    expect(server.requests[0]?.style).toBe('virtual')
    expect(server.requests[0]?.headers['host']).toBe(`${FAKE_S3_BUCKET}.localhost:${server.port}`)
    expect(server.object(FAKE_S3_BUCKET, 'v.csv')).toBeDefined()
  })

  it('fails the next PUT with a 500, then works (the SDK retries)', async () => {
    server.fail({ kind: 'status', status: 500 }, { operation: 'PutObject' })
    const retrying = fakeS3Client(server, { systemClockOffset: T0 - Date.now(), maxAttempts: 2 })
    await put(retrying)
    expect(server.requests.map((r) => r.status)).toEqual([500, 200])
    expect(server.objects.size).toBe(1)
  })

  it('drops the connection without an answer, before or after storing', async () => {
    server.fail({ kind: 'drop' }, { operation: 'PutObject' })
    expect((await refusal(put(client, 'before.csv'))).status).toBeUndefined()
    expect(server.object(FAKE_S3_BUCKET, 'before.csv')).toBeUndefined()
    server.fail({ kind: 'drop', afterHandling: true }, { operation: 'PutObject' })
    expect((await refusal(put(client, 'after.csv'))).status).toBeUndefined()
    expect(server.object(FAKE_S3_BUCKET, 'after.csv')).toBeDefined()
  })
})
