import { z } from 'zod'
import { INTEGRA_VOICEMAIL_MAX_LENGTH } from '../providers/integra/schemas'
import { KINBOX_CHANNEL_TYPES } from '../providers/kinbox/schemas'
import { PROVIDERS } from '../providers/provider'
import { ProviderFailure, SecretStatus } from './schemas'

/**
 * Configurações → Contas: what each provider account needs besides its token, set up once
 * and stored by main (`accounts.json`, no secrets). Text fields use '' for "not filled in
 * yet", so a half-done setup can be saved; what a launch still lacks is listed in `missing`.
 * Issue messages are codes the Settings page translates (`accountSetup.problems.<code>`).
 */

/** `ik_live_` + 64 hex characters (providers.md). */
export const INTEGRA_API_KEY_PATTERN = /^ik_live_[0-9a-fA-F]{64}$/
export const IntegraApiKey = z.string().trim().regex(INTEGRA_API_KEY_PATTERN, 'integra_key_shape')

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** '' or a UUID as the Integra panel shows it (8-4-4-4-12 hex, like the OpenAPI's `uuid`). */
const OptionalGuid = z
  .string()
  .trim()
  .refine((v) => v === '' || GUID.test(v), 'invalid_uuid')

/** scheme://host[:port][/path][?query]: no credentials, no fragment, no spaces. */
const URL_SHAPE = /^(https?):\/\/([^/?#\s@]+)([/?][^#\s]*)?$/i

/** https anywhere, plain http only on loopback: a file of personal data travels there. */
function isSafeUrl(value: string): boolean {
  const match = URL_SHAPE.exec(value)
  if (!match) return false
  const host = (match[2] ?? '').toLowerCase().replace(/:\d+$/, '')
  return match[1]?.toLowerCase() === 'https' || LOOPBACK.has(host)
}
const OptionalSafeUrl = z
  .string()
  .trim()
  .max(2048, 'too_long')
  .refine((v) => v === '' || isSafeUrl(v), 'invalid_url')

/** A plain identifier someone pastes: no spaces inside. */
const OptionalToken = z.string().trim().max(200, 'too_long').regex(/^\S*$/, 'no_spaces')

// --- Integra ---------------------------------------------------------------------------

export const INTEGRA_CONFIG_LIMITS = {
  call_timeout: { min: 15, max: 120 },
  machine_detection_timeout: { min: 5, max: 60 },
  max_concurrent: { min: 1, max: 10 }
} as const

const ranged = (key: keyof typeof INTEGRA_CONFIG_LIMITS) =>
  z
    .int('whole_number')
    .min(INTEGRA_CONFIG_LIMITS[key].min, 'out_of_range')
    .max(INTEGRA_CONFIG_LIMITS[key].max, 'out_of_range')

/** The default `config` of every Integra campaign (the vendor's defaults preset). */
export const IntegraAccountConfig = z
  .object({
    call_timeout: ranged('call_timeout'),
    machine_detection_timeout: ranged('machine_detection_timeout'),
    voicemail_mode: z.enum(['hangup', 'tts']),
    voicemail_tts_message: z.string().max(INTEGRA_VOICEMAIL_MAX_LENGTH, 'too_long'),
    outbound_auto_greet: z.boolean(),
    max_concurrent: ranged('max_concurrent')
  })
  .strict()
  .refine((c) => c.voicemail_mode !== 'tts' || c.voicemail_tts_message.trim() !== '', {
    path: ['voicemail_tts_message'],
    message: 'tts_message_required'
  })
export type IntegraAccountConfig = z.infer<typeof IntegraAccountConfig>

export const INTEGRA_CONFIG_DEFAULTS: IntegraAccountConfig = {
  call_timeout: 45,
  machine_detection_timeout: 30,
  voicemail_mode: 'hangup',
  voicemail_tts_message: '',
  outbound_auto_greet: true,
  max_concurrent: 2
}

export const IntegraAccount = z
  .object({
    project_id: OptionalGuid,
    agent_id: OptionalGuid,
    phone_number_id: OptionalGuid,
    config: IntegraAccountConfig
  })
  .strict()
export type IntegraAccount = z.infer<typeof IntegraAccount>

// --- Kinbox ----------------------------------------------------------------------------

export const S3_MAX_EXPIRY_DAYS = 7

export const S3HostSettings = z
  .object({
    /** '' = AWS S3 itself; else R2, MinIO, B2… (https; http only on loopback). */
    endpoint: OptionalSafeUrl,
    region: z
      .string()
      .trim()
      .max(64, 'too_long')
      .regex(/^[a-zA-Z0-9-]*$/, 'invalid_region'),
    bucket: z
      .string()
      .trim()
      .max(63, 'too_long')
      .refine((v) => v === '' || /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v), 'invalid_bucket'),
    /** Folder inside the bucket, e.g. `leadprep/`. */
    prefix: z
      .string()
      .trim()
      .max(512, 'too_long')
      .refine((v) => !v.startsWith('/') && !v.split('/').includes('..'), 'invalid_prefix'),
    forcePathStyle: z.boolean(),
    /** Signature V4 presigned URLs last at most 7 days. */
    expiresInDays: z
      .int('whole_number')
      .min(1, 'out_of_range')
      .max(S3_MAX_EXPIRY_DAYS, 'out_of_range')
  })
  .strict()
export type S3HostSettings = z.infer<typeof S3HostSettings>

export const S3_HOST_DEFAULTS: S3HostSettings = {
  endpoint: '',
  region: '',
  bucket: '',
  prefix: 'leadprep/',
  forcePathStyle: false,
  expiresInDays: S3_MAX_EXPIRY_DAYS
}

export const LeadsFileHostKind = z.enum(['s3', 'self'])
export type LeadsFileHostKind = z.infer<typeof LeadsFileHostKind>

/**
 * The leads-file host: both hosts' fields are kept, so switching back and forth loses
 * nothing; `host` says which one a launch uses. "Hospedo eu mesmo" has the user's URL here;
 * where the file is saved is chosen in main's own dialog and never travels from the page.
 */
export const KinboxAccount = z
  .object({
    channelId: OptionalToken,
    /** '' until chosen: the meanings of "1".."9" are undocumented. */
    channelType: z.union([z.literal(''), z.enum(KINBOX_CHANNEL_TYPES)]),
    /** '' = none (Kinbox decides). */
    operatorName: z.string().trim().max(200, 'too_long'),
    /** '' = none. */
    businessHoursId: OptionalToken,
    leadsFile: z
      .object({
        host: LeadsFileHostKind,
        s3: S3HostSettings,
        self: z.object({ url: OptionalSafeUrl }).strict()
      })
      .strict()
  })
  .strict()
export type KinboxAccount = z.infer<typeof KinboxAccount>

export const KINBOX_ACCOUNT_DEFAULTS: KinboxAccount = {
  channelId: '',
  channelType: '',
  operatorName: '',
  businessHoursId: '',
  leadsFile: { host: 's3', s3: S3_HOST_DEFAULTS, self: { url: '' } }
}

// --- what the page sees ----------------------------------------------------------------

/** What a launch still needs from an account, by field; empty = ready. */
export const INTEGRA_MISSING = ['key', 'project_id', 'agent_id', 'phone_number_id'] as const
export const KINBOX_MISSING = [
  'token',
  'channelId',
  'channelType',
  's3_region',
  's3_bucket',
  's3_credentials',
  'self_url',
  'self_save_to'
] as const

export const S3SecretStatus = z.object({
  set: z.boolean(),
  accessKeyIdLast4: z.string().max(4).nullable()
})
export type S3SecretStatus = z.infer<typeof S3SecretStatus>

export const AccountsView = z.object({
  integra: IntegraAccount.extend({
    key: SecretStatus,
    missing: z.array(z.enum(INTEGRA_MISSING))
  }),
  kinbox: KinboxAccount.extend({
    token: SecretStatus,
    s3Secrets: S3SecretStatus,
    /** The file name (no folder) main saves the leads file as; null until chosen. */
    selfSaveToName: z.string().max(255).nullable(),
    missing: z.array(z.enum(KINBOX_MISSING))
  })
})
export type AccountsView = z.infer<typeof AccountsView>

/** One provider's card at a time, whole (the form sends what it shows). */
export const AccountsPatch = z
  .object({ integra: IntegraAccount.optional(), kinbox: KinboxAccount.optional() })
  .strict()
export type AccountsPatch = z.infer<typeof AccountsPatch>

export const S3SecretsInput = z
  .object({
    accessKeyId: z
      .string()
      .trim()
      .min(3, 'token_too_short')
      .max(128, 'token_too_long')
      .regex(/^[\x21-\x7e]+$/, 'token_invalid_characters'),
    secretAccessKey: z
      .string()
      .trim()
      .min(8, 'token_too_short')
      .max(256, 'token_too_long')
      .regex(/^[\x21-\x7e]+$/, 'token_invalid_characters')
  })
  .strict()

/** `GET /v3/operators`, reduced to what the picker shows; `name` is what campaigns take. */
export const KinboxOperatorOption = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable()
})
export type KinboxOperatorOption = z.infer<typeof KinboxOperatorOption>

export const KinboxOperatorsAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), operators: z.array(KinboxOperatorOption) }),
  z.object({ ok: z.literal(false), failure: ProviderFailure })
])

// --- Testar conexão --------------------------------------------------------------------

/** Each provider's account, and the leads file's S3 bucket. */
export const AccountTestTarget = z.enum([...PROVIDERS, 's3'])
export type AccountTestTarget = z.infer<typeof AccountTestTarget>

export const ACCOUNT_TEST_CODES = [
  /** No token / key / S3 pair saved. */
  'not_configured',
  /** The settings a test needs are not filled in (bucket, region…). */
  'incomplete',
  /** 401/403: the key or token was refused. */
  'auth',
  'rate_limited',
  'server',
  'network',
  'timeout',
  /** Any other answer we did not expect (4xx, a body we could not read). */
  'unexpected',
  // The S3 host's own (electron/main/launch/leadsFile/errors.ts).
  'no_bucket',
  'region',
  'clock_skew',
  'insecure_endpoint',
  'invalid_endpoint',
  'mismatch',
  'rejected',
  'expired'
] as const
export const AccountTestCode = z.enum(ACCOUNT_TEST_CODES)
export type AccountTestCode = z.infer<typeof AccountTestCode>

export const AccountTestDetail = z.discriminatedUnion('target', [
  z.object({ target: z.literal('integra'), campaigns: z.int().nonnegative() }),
  z.object({
    target: z.literal('kinbox'),
    operators: z.int().nonnegative(),
    businessHours: z.int().nonnegative()
  }),
  z.object({ target: z.literal('s3'), bucket: z.string(), cleanedUp: z.boolean() })
])
export type AccountTestDetail = z.infer<typeof AccountTestDetail>

export const AccountTestResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), detail: AccountTestDetail }),
  z.object({
    ok: z.literal(false),
    code: AccountTestCode,
    status: z.int().optional(),
    /** S3 only: which step of upload → download → compare failed. */
    step: z.enum(['upload', 'download', 'compare']).optional()
  })
])
export type AccountTestResult = z.infer<typeof AccountTestResult>
