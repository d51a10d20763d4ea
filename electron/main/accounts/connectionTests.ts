import type {
  AccountTestCode,
  AccountTestResult,
  AccountTestTarget
} from '../../../shared/ipc/accounts'
import { LeadsFileTarget } from '../../../shared/launch/types'
import {
  createS3LeadsFileHost,
  isLeadsFileHostError,
  type LeadsFileErrorCode,
  type S3LeadsFileTarget
} from '../launch/leadsFileHost'
import { isProviderError, type ProviderErrorKind } from '../providers/errors'
import { createIntegraClient } from '../providers/integra/client'
import { createKinboxClient } from '../providers/kinbox/client'
import type { S3CredentialStore } from '../secrets/s3Credentials'
import type { SecretStore } from '../secrets/SecretStore'
import type { StoredAccounts } from './accountsStore'

/**
 * "Testar conexão": one harmless request per provider with the saved token (Integra: the
 * first campaign; Kinbox: operators and business hours), and for the bucket the leads-file
 * host's own round trip (upload, download by presigned URL, delete). Nothing is thrown: a
 * failure is a code the Settings page explains, never the server's text or a secret.
 */

export interface ConnectionTestDeps {
  secrets: SecretStore
  s3Secrets: S3CredentialStore
  kinboxBaseUrl?: string
  integraBaseUrl?: string
  /** For the S3 download step (tests); defaults to the global fetch. */
  fetch?: typeof fetch
}

/** A test answers promptly: one retry at most, and a short timeout. */
const QUICK = { timeoutMs: 15_000, retry: { maxAttempts: 2, baseDelayMs: 500 } }

const PROVIDER_CODES: Record<ProviderErrorKind, AccountTestCode> = {
  auth: 'auth',
  rate_limited: 'rate_limited',
  server: 'server',
  network: 'network',
  timeout: 'timeout',
  validation: 'unexpected',
  not_found: 'unexpected'
}

const S3_CODES: Partial<Record<LeadsFileErrorCode, AccountTestCode>> = {
  auth: 'auth',
  no_bucket: 'no_bucket',
  region: 'region',
  network: 'network',
  server: 'server',
  expired: 'expired',
  clock_skew: 'clock_skew',
  insecure_endpoint: 'insecure_endpoint',
  invalid_endpoint: 'invalid_endpoint',
  no_credentials: 'not_configured',
  mismatch: 'mismatch',
  rejected: 'rejected'
}

function providerFailure(error: unknown): AccountTestResult {
  if (!isProviderError(error)) throw error
  return {
    ok: false,
    code: PROVIDER_CODES[error.kind],
    ...(error.status !== undefined && { status: error.status })
  }
}

async function testIntegra(deps: ConnectionTestDeps): Promise<AccountTestResult> {
  if ((await deps.secrets.get('integra')) === null) return { ok: false, code: 'not_configured' }
  const client = createIntegraClient({
    ...QUICK,
    ...(deps.integraBaseUrl && { baseUrl: deps.integraBaseUrl }),
    getToken: () => deps.secrets.get('integra')
  })
  try {
    const { pagination } = await client.listCampaigns({ limit: 1 })
    return { ok: true, detail: { target: 'integra', campaigns: pagination.total } }
  } catch (error) {
    return providerFailure(error)
  }
}

async function testKinbox(deps: ConnectionTestDeps): Promise<AccountTestResult> {
  if ((await deps.secrets.get('kinbox')) === null) return { ok: false, code: 'not_configured' }
  const client = createKinboxClient({
    ...QUICK,
    ...(deps.kinboxBaseUrl && { baseUrl: deps.kinboxBaseUrl }),
    getToken: () => deps.secrets.get('kinbox')
  })
  try {
    const operators = await client.listOperators()
    const hours = await client.listBusinessHours()
    return {
      ok: true,
      detail: { target: 'kinbox', operators: operators.length, businessHours: hours.length }
    }
  } catch (error) {
    return providerFailure(error)
  }
}

function s3Target(stored: StoredAccounts): S3LeadsFileTarget | null {
  const { endpoint, ...rest } = stored.kinbox.leadsFile.s3
  const parsed = LeadsFileTarget.safeParse({
    host: 's3',
    ...(endpoint !== '' && { endpoint }),
    ...rest
  })
  return parsed.success && parsed.data.host === 's3' ? parsed.data : null
}

async function testS3(
  deps: ConnectionTestDeps,
  stored: StoredAccounts
): Promise<AccountTestResult> {
  const target = s3Target(stored)
  if (target === null) return { ok: false, code: 'incomplete' }
  const credentials = await deps.s3Secrets.get()
  if (credentials === null) return { ok: false, code: 'not_configured' }
  try {
    const host = createS3LeadsFileHost({
      target,
      credentials,
      maxAttempts: 1,
      requestTimeoutMs: 20_000,
      ...(deps.fetch && { fetch: deps.fetch })
    })
    const result = await host.testConnection()
    if (result.ok) {
      return {
        ok: true,
        detail: { target: 's3', bucket: result.bucket, cleanedUp: result.cleanedUp }
      }
    }
    return {
      ok: false,
      code: S3_CODES[result.error.code] ?? 'unexpected',
      step: result.step,
      ...(result.error.status !== undefined && { status: result.error.status })
    }
  } catch (error) {
    if (!isLeadsFileHostError(error)) throw error
    return { ok: false, code: S3_CODES[error.code] ?? 'unexpected' }
  }
}

export async function testAccountConnection(
  target: AccountTestTarget,
  stored: StoredAccounts,
  deps: ConnectionTestDeps
): Promise<AccountTestResult> {
  if (target === 'integra') return testIntegra(deps)
  if (target === 'kinbox') return testKinbox(deps)
  return testS3(deps, stored)
}
