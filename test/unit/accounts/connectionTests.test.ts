import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AccountsView } from '../../../shared/ipc/accounts'
import { FAKE_INTEGRA_TOKEN, startFakeIntegra, type FakeIntegra } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN, startFakeKinbox, type FakeKinbox } from '../../fakes/kinboxServer'
import {
  FAKE_S3_ACCESS_KEY_ID,
  FAKE_S3_BUCKET,
  FAKE_S3_REGION,
  FAKE_S3_SECRET_ACCESS_KEY,
  startS3Server,
  type S3FakeServer
} from '../../fakes/s3Server'
import { accountsHarness, deadUrl, type AccountsHarness } from './accountsKit'

/**
 * "Testar conexão" through the handler table against the fakes over loopback: what a user
 * reads after clicking is decided by these answers, and no secret is ever among them.
 */

let integra: FakeIntegra
let kinbox: FakeKinbox
let s3: S3FakeServer
const cleanups: (() => Promise<void>)[] = []

beforeAll(async () => {
  ;[integra, kinbox, s3] = await Promise.all([
    startFakeIntegra(),
    startFakeKinbox(),
    startS3Server()
  ])
})
afterAll(async () => {
  await Promise.all([integra.close(), kinbox.close(), s3.close()])
})
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.()
})

async function harness(urls: { integra?: string; kinbox?: string } = {}): Promise<AccountsHarness> {
  const h = await accountsHarness({
    integraBaseUrl: urls.integra ?? integra.url,
    kinboxBaseUrl: urls.kinbox ?? kinbox.url
  })
  cleanups.push(h.cleanup)
  return h
}

async function withBucket(
  h: AccountsHarness,
  patch: Partial<AccountsView['kinbox']['leadsFile']['s3']> = {}
) {
  const view = await h.ok('accounts:get', {})
  const { channelId, channelType, operatorName, businessHoursId, leadsFile } = view.kinbox
  const s3Settings = {
    ...leadsFile.s3,
    endpoint: s3.url,
    region: FAKE_S3_REGION,
    bucket: FAKE_S3_BUCKET,
    prefix: 'leadprep/',
    forcePathStyle: true,
    ...patch
  }
  return h.ok('accounts:update', {
    kinbox: {
      channelId,
      channelType,
      operatorName,
      businessHoursId,
      leadsFile: { ...leadsFile, s3: s3Settings }
    }
  })
}

describe('Testar conexão: Integra', () => {
  it('succeeds with a valid key and counts the campaigns', async () => {
    const h = await harness()
    await h.ok('secrets:save', { provider: 'integra', token: FAKE_INTEGRA_TOKEN })
    expect(await h.ok('accounts:test', { target: 'integra' })).toEqual({
      ok: true,
      detail: { target: 'integra', campaigns: integra.campaigns.size }
    })
    const seen = integra.requests.at(-1)
    expect(seen?.path).toBe('/api/v1/campaigns')
  })

  it('says the key was refused on a 401 (a well-shaped key the server does not know)', async () => {
    const h = await harness()
    await h.ok('secrets:save', { provider: 'integra', token: `ik_live_${'f'.repeat(64)}` })
    expect(await h.ok('accounts:test', { target: 'integra' })).toEqual({
      ok: false,
      code: 'auth',
      status: 401
    })
  })

  it('says "sem conexão" when nothing answers, and "not configured" without a key', async () => {
    const h = await harness({ integra: await deadUrl() })
    expect(await h.ok('accounts:test', { target: 'integra' })).toEqual({
      ok: false,
      code: 'not_configured'
    })
    await h.ok('secrets:save', { provider: 'integra', token: FAKE_INTEGRA_TOKEN })
    expect(await h.ok('accounts:test', { target: 'integra' })).toEqual({
      ok: false,
      code: 'network'
    })
  })
})

describe('Testar conexão: Kinbox', () => {
  it('succeeds and reads operators and business hours; the operator picker gets names', async () => {
    const h = await harness()
    await h.ok('secrets:save', { provider: 'kinbox', token: FAKE_KINBOX_TOKEN })
    expect(await h.ok('accounts:test', { target: 'kinbox' })).toEqual({
      ok: true,
      detail: {
        target: 'kinbox',
        operators: kinbox.operators.length,
        businessHours: kinbox.businessHours.length
      }
    })
    const answer = await h.ok('kinbox:operators', {})
    expect(answer.ok && answer.operators.map((o) => o.name)).toEqual(
      kinbox.operators.map((o) => o.name)
    )
  })

  it('says the token was refused on a 401, for the test and for the operator list', async () => {
    const h = await harness()
    await h.ok('secrets:save', { provider: 'kinbox', token: 'um-token-que-expirou' })
    expect(await h.ok('accounts:test', { target: 'kinbox' })).toEqual({
      ok: false,
      code: 'auth',
      status: 401
    })
    const answer = await h.ok('kinbox:operators', {})
    expect(answer.ok === false && answer.failure.kind).toBe('auth')
  })

  it('says "sem conexão" when Kinbox cannot be reached', async () => {
    const h = await harness({ kinbox: await deadUrl() })
    await h.ok('secrets:save', { provider: 'kinbox', token: FAKE_KINBOX_TOKEN })
    expect(await h.ok('accounts:test', { target: 'kinbox' })).toEqual({
      ok: false,
      code: 'network'
    })
  })
})

describe('Testar conexão: bucket S3', () => {
  const pair = { accessKeyId: FAKE_S3_ACCESS_KEY_ID, secretAccessKey: FAKE_S3_SECRET_ACCESS_KEY }

  it('uploads a small file, downloads it by its presigned URL and deletes it', async () => {
    const h = await harness()
    await withBucket(h)
    const saved = await h.ok('accounts:s3-secrets-save', pair)
    expect(saved.kinbox.s3Secrets).toEqual({ set: true, accessKeyIdLast4: '0001' })
    expect(JSON.stringify(saved)).not.toContain(FAKE_S3_SECRET_ACCESS_KEY)

    const before = s3.requests.length
    expect(await h.ok('accounts:test', { target: 's3' })).toEqual({
      ok: true,
      detail: { target: 's3', bucket: FAKE_S3_BUCKET, cleanedUp: true }
    })
    const made = s3.requests.slice(before).map((r) => `${r.operation}:${r.auth}:${r.status}`)
    expect(made).toEqual([
      expect.stringMatching(/^PutObject:header:200$/),
      expect.stringMatching(/^GetObject:presigned:200$/),
      expect.stringMatching(/^DeleteObject:header:204$/)
    ])
    expect([...s3.objects.keys()].filter((k) => k.includes('teste-de-conexao'))).toEqual([])
  })

  it('says "credenciais ou bucket" for a wrong secret, and never echoes it', async () => {
    const h = await harness()
    await withBucket(h)
    const wrong = 'um-segredo-errado-1234567890'
    await h.ok('accounts:s3-secrets-save', { ...pair, secretAccessKey: wrong })
    const result = await h.call('accounts:test', { target: 's3' })
    expect(result).toEqual({
      ok: true,
      data: { ok: false, code: 'auth', status: 403, step: 'upload' }
    })
    expect(JSON.stringify(result)).not.toContain(wrong)
  })

  it('tells a wrong region and a missing bucket apart', async () => {
    const h = await harness()
    await h.ok('accounts:s3-secrets-save', pair)
    await withBucket(h, { region: 'us-east-1' })
    const region = await h.ok('accounts:test', { target: 's3' })
    expect(region.ok === false && region.code).toBe('region')
    await withBucket(h, { bucket: 'balde-que-nao-existe' })
    const bucket = await h.ok('accounts:test', { target: 's3' })
    expect(bucket.ok === false && bucket.code).toBe('no_bucket')
  })

  it('asks for what is missing before trying, and forgets the pair on remove', async () => {
    const h = await harness()
    expect(await h.ok('accounts:test', { target: 's3' })).toEqual({ ok: false, code: 'incomplete' })
    await withBucket(h)
    expect(await h.ok('accounts:test', { target: 's3' })).toEqual({
      ok: false,
      code: 'not_configured'
    })
    await h.ok('accounts:s3-secrets-save', pair)
    const removed = await h.ok('accounts:s3-secrets-remove', {})
    expect(removed.kinbox.s3Secrets).toEqual({ set: false, accessKeyIdLast4: null })
    expect(h.s3Keychain.values.size).toBe(0)
    expect(removed.kinbox.missing).toEqual(['token', 'channelId', 'channelType', 's3_credentials'])
  })
})
