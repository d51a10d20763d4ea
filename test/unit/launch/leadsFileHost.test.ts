import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LeadsFileTarget } from '../../../shared/launch/types'
import {
  createLeadsFileHost,
  createS3LeadsFileHost,
  createSelfLeadsFileHost,
  isLeadsFileHostError,
  leadsFileKey,
  type LeadsFileErrorCode,
  type S3Credentials,
  type S3LeadsFileHost,
  type S3LeadsFileTarget
} from '../../../electron/main/launch/leadsFileHost'
import {
  FAKE_S3_ACCESS_KEY_ID,
  FAKE_S3_BUCKET,
  FAKE_S3_SECRET_ACCESS_KEY,
  startS3Server,
  type S3FakeServer
} from '../../fakes/s3Server'

/**
 * The leads-file host through the real AWS SDK v3, over loopback HTTP, against the fake S3
 * host that verifies Signature V4: what Kinbox downloads is what was uploaded, and each way
 * it can go wrong reaches the UI as one typed code, never with the secret in it.
 */

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0)
const DAY = 86_400_000
let clock = T0
let server: S3FakeServer

const good: S3Credentials = {
  accessKeyId: FAKE_S3_ACCESS_KEY_ID,
  secretAccessKey: FAKE_S3_SECRET_ACCESS_KEY
}
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const bytes = new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode('número,Ana')])

function target(overrides: Partial<S3LeadsFileTarget> = {}): S3LeadsFileTarget {
  return LeadsFileTarget.parse({
    host: 's3',
    endpoint: server.url,
    region: server.region,
    bucket: FAKE_S3_BUCKET,
    prefix: 'leadprep/',
    forcePathStyle: true,
    ...overrides
  }) as S3LeadsFileTarget
}

function host(
  overrides: Partial<S3LeadsFileTarget> = {},
  credentials: S3Credentials = good,
  maxAttempts = 1
): S3LeadsFileHost {
  return createS3LeadsFileHost({
    target: target(overrides),
    credentials,
    now: () => clock,
    maxAttempts
  })
}

/** The typed error a call throws (the test fails if it does not throw one). */
async function codeOf(
  work: () => Promise<unknown>
): Promise<{ code: LeadsFileErrorCode; text: string }> {
  try {
    await work()
  } catch (error) {
    if (!isLeadsFileHostError(error)) throw error
    return {
      code: error.code,
      text: [error.message, error.stack, JSON.stringify(error), String(error)].join('\n')
    }
  }
  throw new Error('expected a LeadsFileHostError')
}

beforeEach(async () => {
  clock = T0
  server = await startS3Server({ now: () => clock })
})
afterEach(() => server.close())

describe('S3 leads-file host: upload and presigned URL', () => {
  it('uploads under <prefix><launchId>/<file>, and its presigned URL downloads the same bytes', async () => {
    const key = leadsFileKey('leadprep/', 'launch-7f3a', 'leads.xlsx')
    expect(key).toBe('leadprep/launch-7f3a/leads.xlsx')
    const hosted = await host().upload(key, bytes, xlsx)

    expect(hosted.key).toBe(key)
    expect(hosted.expiresAt).toBe(new Date(T0 + 7 * DAY).toISOString())
    const stored = server.object(FAKE_S3_BUCKET, key)
    expect(stored?.contentType).toBe(xlsx)
    const put = server.requests.find((r) => r.operation === 'PutObject')
    // WHEN_REQUIRED: a plain signed body hash, no CRC32 header or aws-chunked encoding.
    expect(put?.headers['x-amz-checksum-crc32']).toBeUndefined()
    expect(put?.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/)

    const url = new URL(hosted.url)
    expect(url.origin).toBe(server.url)
    expect(url.searchParams.get('X-Amz-Expires')).toBe(String(7 * 86_400))
    expect(url.searchParams.has('x-amz-checksum-mode')).toBe(false)
    const download = await fetch(hosted.url)
    expect(download.status).toBe(200)
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes)
  })

  it('gives a URL that works until its expiry and is refused after it (injected clock)', async () => {
    const hosted = await host({ expiresInDays: 2 }).upload('leadprep/l/leads.xlsx', bytes, xlsx)
    expect(hosted.expiresAt).toBe(new Date(T0 + 2 * DAY).toISOString())
    clock = T0 + 2 * DAY - 1000
    expect((await fetch(hosted.url)).status).toBe(200)
    clock = T0 + 2 * DAY + 1000
    const expired = await fetch(hosted.url)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('Request has expired')
  })

  it('gives a fresh URL for a file already uploaded, without uploading it again', async () => {
    const h = host()
    await h.upload('leadprep/l/leads.xlsx', bytes, xlsx)
    clock = T0 + 8 * DAY
    const again = await createS3LeadsFileHost({
      target: target(),
      credentials: good,
      now: () => clock
    }).urlFor('leadprep/l/leads.xlsx')
    expect(again.expiresAt).toBe(new Date(T0 + 15 * DAY).toISOString())
    expect((await fetch(again.url)).status).toBe(200)
    expect(server.requests.filter((r) => r.operation === 'PutObject')).toHaveLength(1)
  })

  it('removes the file', async () => {
    const h = host()
    await h.upload('leadprep/l/leads.xlsx', bytes, xlsx)
    await h.remove('leadprep/l/leads.xlsx')
    expect(server.objects.size).toBe(0)
  })

  it('works when this computer is an hour behind: the SDK corrects its clock, the URLs follow', async () => {
    const behind = createS3LeadsFileHost({
      target: target(),
      credentials: good,
      now: () => T0 - 3_600_000,
      maxAttempts: 2
    })
    const hosted = await behind.upload('leadprep/l/leads.xlsx', bytes, xlsx)
    expect(server.requests.map((r) => r.errorCode ?? r.status)).toEqual([
      'RequestTimeTooSkewed',
      200
    ])
    expect(Date.parse(hosted.expiresAt ?? '')).toBeGreaterThan(T0 + 7 * DAY - 60_000)
    expect((await fetch(hosted.url)).status).toBe(200)
    // Its 5-minute test URL would be an hour stale without the correction.
    expect(await behind.testConnection()).toEqual({
      ok: true,
      bucket: FAKE_S3_BUCKET,
      cleanedUp: true
    })
  })

  it('retries a 500 or a dropped connection on upload (same key, same bytes)', async () => {
    server.fail({ kind: 'status', status: 500 }, { operation: 'PutObject' })
    server.fail({ kind: 'drop', afterHandling: true }, { operation: 'PutObject' })
    await host({}, good, 3).upload('leadprep/l/leads.xlsx', bytes, xlsx)
    expect(server.requests.filter((r) => r.operation === 'PutObject')).toHaveLength(3)
    expect(server.objects.size).toBe(1)
  })
})

describe('S3 leads-file host: refusals become typed codes', () => {
  it('a wrong secret is "auth", and the secret is nowhere in the error', async () => {
    const secret = 'wrong-secret-3f9c1a7e5b2d'
    const { code, text } = await codeOf(() =>
      host({}, { accessKeyId: FAKE_S3_ACCESS_KEY_ID, secretAccessKey: secret }).upload(
        'leadprep/k',
        bytes,
        xlsx
      )
    )
    expect(code).toBe('auth')
    expect(text).toContain('SignatureDoesNotMatch')
    expect(text).not.toContain(secret)
    expect(server.objects.size).toBe(0)
  })

  it('an unknown access key is "auth"', async () => {
    const { code, text } = await codeOf(() =>
      host({}, { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: FAKE_S3_SECRET_ACCESS_KEY }).upload(
        'leadprep/k',
        bytes,
        xlsx
      )
    )
    expect(code).toBe('auth')
    expect(text).toContain('InvalidAccessKeyId')
    expect(text).not.toContain(FAKE_S3_SECRET_ACCESS_KEY)
  })

  it('a wrong region is "region"', async () => {
    expect(
      (await codeOf(() => host({ region: 'us-east-1' }).upload('leadprep/k', bytes, xlsx))).code
    ).toBe('region')
  })

  it('a missing bucket is "no_bucket"', async () => {
    expect(
      (await codeOf(() => host({ bucket: 'nao-existe' }).upload('leadprep/k', bytes, xlsx))).code
    ).toBe('no_bucket')
  })

  it('a 5xx is "server" and no answer is "network"', async () => {
    server.fail({ kind: 'status', status: 503, code: 'SlowDown' }, { times: Infinity })
    expect((await codeOf(() => host({}, good, 2).upload('leadprep/k', bytes, xlsx))).code).toBe(
      'server'
    )
    server.clearFaults()
    const closed = await startS3Server()
    const url = closed.url
    await closed.close()
    expect(
      (await codeOf(() => host({ endpoint: url }).upload('leadprep/k', bytes, xlsx))).code
    ).toBe('network')
  })
  it('an answer that never comes is "network" once the request times out', async () => {
    server.fail({ kind: 'hang' }, { operation: 'PutObject' })
    const h = createS3LeadsFileHost({
      target: target(),
      credentials: good,
      maxAttempts: 1,
      requestTimeoutMs: 300
    })
    expect((await codeOf(() => h.upload('leadprep/k', bytes, xlsx))).code).toBe('network')
    expect(server.objects.size).toBe(0)
  })
})

describe('S3 leads-file host: configuration it refuses', () => {
  async function configCode(make: () => unknown): Promise<LeadsFileErrorCode> {
    return (await codeOf(async () => make())).code
  }

  it('refuses more than 7 days, plainly (8 days)', async () => {
    expect(LeadsFileTarget.safeParse({ ...target(), expiresInDays: 8 }).success).toBe(false)
    const eightDays = { ...target(), expiresInDays: 8 }
    expect(
      await configCode(() => createS3LeadsFileHost({ target: eightDays, credentials: good }))
    ).toBe('expiry_too_long')
    expect(server.requests).toHaveLength(0)
  })

  it('refuses plain http to a host that is not loopback; takes it on 127.0.0.1, localhost, [::1]', async () => {
    for (const endpoint of [
      'http://minio.example.com:9000',
      'http://10.0.0.5:9000',
      'ftp://127.0.0.1'
    ]) {
      expect(await configCode(() => host({ endpoint }))).toBe('insecure_endpoint')
    }
    for (const endpoint of [
      'http://127.0.0.1:9000',
      'http://localhost:9000',
      'http://[::1]:9000',
      'https://s3.example.com'
    ]) {
      expect(() => host({ endpoint })).not.toThrow()
    }
    expect(await configCode(() => host({ endpoint: 'https://user:pw@s3.example.com' }))).toBe(
      'invalid_endpoint'
    )
  })

  it('refuses to start without credentials', async () => {
    expect(await configCode(() => createLeadsFileHost(target()))).toBe('no_credentials')
    expect(
      await configCode(() =>
        host({}, { accessKeyId: '', secretAccessKey: FAKE_S3_SECRET_ACCESS_KEY })
      )
    ).toBe('no_credentials')
  })

  it('refuses keys that are not one file name per launch', async () => {
    expect(await configCode(() => leadsFileKey('leadprep/', '../x', 'leads.xlsx'))).toBe(
      'invalid_key'
    )
    expect(await configCode(() => leadsFileKey('leadprep/', 'l1', ''))).toBe('invalid_key')
    expect(await configCode(() => host().upload('/leads.xlsx', bytes, xlsx))).toBe('invalid_key')
  })
})

describe('S3 leads-file host: Testar conexão', () => {
  it('succeeds: uploads under the prefix, downloads through the presigned URL, deletes', async () => {
    const result = await host().testConnection()
    expect(result).toEqual({ ok: true, bucket: FAKE_S3_BUCKET, cleanedUp: true })
    const ops = server.requests.map((r) => `${r.operation}:${r.auth}:${r.status}`)
    expect(ops).toEqual([
      'PutObject:header:200',
      'GetObject:presigned:200',
      'DeleteObject:header:204'
    ])
    expect(server.requests[0]?.key).toMatch(
      /^leadprep\/\.leadprep-teste-de-conexao\/[0-9a-f-]+\.txt$/
    )
    expect(server.objects.size).toBe(0)
  })

  async function failed(h: S3LeadsFileHost) {
    const result = await h.testConnection()
    if (result.ok) throw new Error('expected testConnection to fail')
    return {
      step: result.step,
      code: result.error.code,
      cleanedUp: result.cleanedUp,
      text: JSON.stringify(result)
    }
  }

  it('reports each failure with its step and code', async () => {
    const secret = 'wrong-secret-77aa'
    const wrong = await failed(
      host({}, { accessKeyId: FAKE_S3_ACCESS_KEY_ID, secretAccessKey: secret })
    )
    expect(wrong).toMatchObject({ step: 'upload', code: 'auth' })
    expect(wrong.text).not.toContain(secret)
    expect(await failed(host({ region: 'us-east-1' }))).toMatchObject({
      step: 'upload',
      code: 'region'
    })
    expect(await failed(host({ bucket: 'nao-existe' }))).toMatchObject({
      step: 'upload',
      code: 'no_bucket'
    })

    server.fail({ kind: 'status', status: 500 }, { operation: 'PutObject' })
    expect(await failed(host())).toMatchObject({ step: 'upload', code: 'server' })

    server.fail({ kind: 'drop' }, { operation: 'GetObject' })
    expect(await failed(host())).toMatchObject({
      step: 'download',
      code: 'network',
      cleanedUp: true
    })

    server.fail(
      { kind: 'status', status: 403, code: 'AccessDenied', message: 'Access Denied' },
      { operation: 'GetObject' }
    )
    expect(await failed(host())).toMatchObject({ step: 'download', code: 'auth', cleanedUp: true })
    expect(server.objects.size).toBe(0)
  })

  it('reports an expired URL at download ("expired") and a file that came back different ("mismatch")', async () => {
    // The fake's clock jumps past the 5-minute test URL between presigning and downloading.
    const late: typeof fetch = (input, init) => {
      clock = T0 + 10 * 60_000
      return fetch(input, init)
    }
    const expired = await createS3LeadsFileHost({
      target: target(),
      credentials: good,
      now: () => T0,
      fetch: late,
      maxAttempts: 1
    }).testConnection()
    expect(expired).toMatchObject({ ok: false, step: 'download', error: { code: 'expired' } })

    clock = T0
    const garbled: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      return new Response(`${await response.text()}!`, { status: response.status })
    }
    const mismatch = await createS3LeadsFileHost({
      target: target(),
      credentials: good,
      now: () => clock,
      fetch: garbled
    }).testConnection()
    expect(mismatch).toMatchObject({
      ok: false,
      step: 'compare',
      error: { code: 'mismatch' },
      cleanedUp: true
    })
  })

  it('succeeds without clean-up when delete is not allowed (a launch never deletes)', async () => {
    server.fail(
      { kind: 'status', status: 403, code: 'AccessDenied', message: 'Access Denied' },
      { operation: 'DeleteObject' }
    )
    expect(await host().testConnection()).toEqual({
      ok: true,
      bucket: FAKE_S3_BUCKET,
      cleanedUp: false
    })
  })
})

describe('"hospedo eu mesmo" host', () => {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'leadprep-selfhost-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it("writes the file where the user said and gives back the user's URL, no expiry", async () => {
    const saveTo = join(dir, 'site', 'leads.xlsx')
    const self = createLeadsFileHost({
      host: 'self',
      url: 'https://meusite.com.br/leads.xlsx',
      saveTo
    })
    const hosted = await self.upload('ignored', bytes, xlsx)
    expect(hosted).toEqual({
      key: saveTo,
      url: 'https://meusite.com.br/leads.xlsx',
      expiresAt: null
    })
    expect(new Uint8Array(await readFile(saveTo))).toEqual(bytes)
    await self.upload('ignored', new Uint8Array([1, 2, 3]), xlsx)
    expect(new Uint8Array(await readFile(saveTo))).toEqual(new Uint8Array([1, 2, 3]))
    expect(await readdir(join(dir, 'site'))).toEqual(['leads.xlsx'])
  })

  it('refuses a plain http URL that is not loopback (the file holds personal data)', async () => {
    const { code } = await codeOf(async () =>
      createSelfLeadsFileHost({
        host: 'self',
        url: 'http://meusite.com.br/leads.xlsx',
        saveTo: join(dir, 'l.xlsx')
      })
    )
    expect(code).toBe('insecure_endpoint')
  })
})
