/**
 * The S3 leads-file host follows the same TLS rule as the provider HTTP client (one home:
 * electron/main/platform/tlsGuard): a packaged build with NODE_TLS_REJECT_UNAUTHORIZED=0 sends
 * no signed request and no lead list; a development build still reaches its local test host.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LeadsFileTarget } from '../../../shared/launch/types'
import {
  createS3LeadsFileHost,
  LeadsFileHostError,
  type S3LeadsFileTarget
} from '../../../electron/main/launch/leadsFileHost'
import { markPackagedBuild } from '../../../electron/main/providers/http'
import { tlsChecksTurnedOff } from '../../../electron/main/platform/tlsGuard'
import {
  FAKE_S3_ACCESS_KEY_ID,
  FAKE_S3_BUCKET,
  FAKE_S3_SECRET_ACCESS_KEY,
  startS3Server,
  type S3FakeServer
} from '../../fakes/s3Server'

let server: S3FakeServer
beforeEach(async () => {
  server = await startS3Server({})
})
afterEach(async () => {
  markPackagedBuild(false)
  await server.close()
})

const TLS_OFF = { NODE_TLS_REJECT_UNAUTHORIZED: '0' }
const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])

function host(tls?: { packaged?: boolean; env?: Record<string, string | undefined> }) {
  const target = LeadsFileTarget.parse({
    host: 's3',
    endpoint: server.url,
    region: server.region,
    bucket: FAKE_S3_BUCKET,
    prefix: 'leadprep/',
    forcePathStyle: true
  }) as S3LeadsFileTarget
  return createS3LeadsFileHost({
    target,
    credentials: { accessKeyId: FAKE_S3_ACCESS_KEY_ID, secretAccessKey: FAKE_S3_SECRET_ACCESS_KEY },
    maxAttempts: 1,
    ...(tls && { tls })
  })
}

async function refusal(work: Promise<unknown>): Promise<LeadsFileHostError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(LeadsFileHostError)
  return error as LeadsFileHostError
}

describe('S3 requests and NODE_TLS_REJECT_UNAUTHORIZED=0', () => {
  it('a packaged build uploads, presigns, removes and tests nothing', async () => {
    const hostile = host({ packaged: true, env: TLS_OFF })
    const upload = await refusal(hostile.upload('leadprep/l/leads.xlsx', bytes, 'x/y'))
    expect(upload).toMatchObject({ code: 'insecure_endpoint', operation: 'upload' })
    expect(upload.message).toContain('NODE_TLS_REJECT_UNAUTHORIZED=0')
    await refusal(hostile.remove('leadprep/l/leads.xlsx'))
    await refusal(hostile.urlFor('leadprep/l/leads.xlsx'))
    await hostile.testConnection().catch(() => undefined)
    expect(server.requests).toEqual([])
  })

  it('follows what main marked with markPackagedBuild and the real environment', async () => {
    const saved = process.env['NODE_TLS_REJECT_UNAUTHORIZED']
    markPackagedBuild(true)
    process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'
    try {
      expect(tlsChecksTurnedOff()).toBe(true)
      await refusal(host().upload('leadprep/l/leads.xlsx', bytes, 'x/y'))
      expect(server.requests).toEqual([])
    } finally {
      if (saved === undefined) delete process.env['NODE_TLS_REJECT_UNAUTHORIZED']
      else process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = saved
    }
  })

  it('a development build (or TLS checks on) still uploads', async () => {
    await host({ packaged: false, env: TLS_OFF }).upload('leadprep/l/a.xlsx', bytes, 'x/y')
    await host({ packaged: true, env: {} }).upload('leadprep/l/b.xlsx', bytes, 'x/y')
    expect(server.requests.filter((r) => r.operation === 'PutObject')).toHaveLength(2)
  })
})
