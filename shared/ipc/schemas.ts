import { z } from 'zod'
import { providerSchema, type Provider } from '../providers/provider'
import { WeeklyHoursSchema } from '../timing/businessHours'

/** The IPC contract's name for shared/providers/provider.ts's Provider. */
export const ProviderId = providerSchema
export type ProviderId = Provider

/** All the renderer ever learns about a stored token. */
export const SecretStatus = z.object({
  provider: ProviderId,
  set: z.boolean(),
  last4: z.string().max(4).nullable()
})
export type SecretStatus = z.infer<typeof SecretStatus>

export const Language = z.enum(['pt-BR', 'en'])
export type Language = z.infer<typeof Language>

export const Settings = z.object({
  language: Language,
  /** The first-run welcome was closed once (absent on a first run: the welcome shows). */
  welcomeSeen: z.boolean().optional(),
  /**
   * Simulation mode: launches and Campanhas use an in-app simulated Kinbox and Integra, and
   * nothing is sent to a real API. Absent means off (settings saved before it existed).
   */
  simulation: z.boolean().optional()
})
export type Settings = z.infer<typeof Settings>

export const SettingsPatch = Settings.partial().strict()

/** A token as pasted: trimmed, printable, no whitespace inside. */
export const ApiToken = z
  .string()
  .trim()
  .min(8, 'token_too_short')
  .max(512, 'token_too_long')
  .regex(/^[\x21-\x7e]+$/, 'token_invalid_characters')

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string()
})

export const Empty = z.object({}).strict()

/** File bytes crossing IPC (structured clone under Electron; base64 in the test bridge). */
export const FileBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes')

export const LeadFilePayload = z.object({
  name: z.string().min(1).max(512),
  bytes: FileBytes
})
export type LeadFilePayload = z.infer<typeof LeadFilePayload>

export const RecentFile = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  openedAt: z.string(),
  /** false when the file was moved or deleted since. */
  available: z.boolean()
})
export type RecentFile = z.infer<typeof RecentFile>

/** The user's do-not-contact list (Lista de bloqueio): E.164 numbers, kept on this laptop. */
export const BlockList = z.object({
  numbers: z.array(z.string().regex(/^\+[1-9]\d{7,14}$/)).max(1_000_000),
  updatedAt: z.string().nullable()
})
export type BlockList = z.infer<typeof BlockList>

/** A saved mapping (per provider), keyed by the file's header set; shape owned by shared/mapping. */
export const StoredPreset = z.object({
  name: z.string().min(1).max(120),
  provider: ProviderId,
  headerSignature: z.string().max(20_000),
  mapping: z.unknown(),
  savedAt: z.string()
})
export type StoredPreset = z.infer<typeof StoredPreset>

/** One of the Kinbox account's business-hours sets (the API gives no names). */
export const BusinessHoursSet = z.object({ id: z.string(), hours: WeeklyHoursSchema })
export type BusinessHoursSet = z.infer<typeof BusinessHoursSet>

export const ProviderFailure = z.object({
  kind: z.enum([
    'not_configured',
    'auth',
    'validation',
    'rate_limited',
    'server',
    'network',
    'timeout',
    'not_found'
  ]),
  message: z.string(),
  status: z.number().optional()
})

/** A store in the user-data folder (settings, "Recentes", block list, presets, Contas…). */
export const StoreName = z.enum([
  'settings',
  'recent',
  'blocklist',
  'presets',
  'accounts',
  'window',
  'drafts',
  'simulation'
])
export type StoreName = z.infer<typeof StoreName>

/**
 * A store file found damaged: what was kept, what was not, and the file NAME (never a path)
 * the damaged original was copied to, or null when it could not be copied.
 */
export const StoreNotice = z.object({
  store: StoreName,
  kept: z.number().int().nonnegative(),
  dropped: z.number().int().nonnegative(),
  /** Part of the file could not be read at all (cut short, not JSON): its entries are unknown. */
  unreadablePart: z.boolean(),
  setAsideAs: z
    .string()
    .max(255)
    .regex(/^[^/\\]+$/)
    .nullable()
})
export type StoreNotice = z.infer<typeof StoreNotice>

export const StoreNotices = z.object({
  notices: z.array(StoreNotice),
  /** A damaged block list blocks launches until the user acknowledges its notice. */
  blockListNeedsReview: z.boolean()
})
export type StoreNotices = z.infer<typeof StoreNotices>
