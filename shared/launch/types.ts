import { z } from 'zod'
import { WeeklyHoursSchema } from '../timing/businessHours'
import { IntegraCampaignConfig, IntegraCreateCampaign } from '../providers/integra/schemas'
import { KinboxCreateCampaign } from '../providers/kinbox/schemas'
import { providerSchema, type Provider } from '../providers/provider'
import { mappingSchema } from '../mapping/mapping'

/**
 * The launch plan: what one click (or `leadprep launch`) sends, built once by the pure
 * functions of `shared/launch/` in the renderer's worker or in the CLI, checked again by
 * main before anything leaves the laptop. Plain data: it crosses IPC and is stored beside
 * the launch journal (`launches/<launchId>.plan.json`), so it is described by zod schemas.
 */

/** The launch plan's name for shared/providers/provider.ts's Provider. */
export const LaunchProvider = providerSchema
export type LaunchProvider = Provider

/** Why a lead of the file is not in any part. Every row of the file is counted once. */
export const EXCLUSION_REASONS = [
  'invalid',
  'duplicate',
  'do_not_contact',
  'excluded_by_user',
  'field_count_unconfirmed',
  'empty_required_variable',
  'nationwide_unconfirmed'
] as const
export const ExclusionReason = z.enum(EXCLUSION_REASONS)
export type ExclusionReason = z.infer<typeof ExclusionReason>
export const ExcludedCounts = z.partialRecord(ExclusionReason, z.int().nonnegative())
export type ExcludedCounts = z.infer<typeof ExcludedCounts>

/** A calling window for Integra (Kinbox's weekly shape), in `timeZone`; holidays closed. */
export const CallingWindow = z.object({
  hours: WeeklyHoursSchema,
  timeZone: z.string().min(1),
  skipHolidays: z.boolean().default(true)
})
export type CallingWindow = z.infer<typeof CallingWindow>

export const IntegraLaunchSettings = z.object({
  project_id: z.guid(),
  agent_id: z.guid(),
  phone_number_id: z.guid(),
  config: IntegraCampaignConfig.optional(),
  /** Average length of one call, for each part's expected duration. */
  averageCallSeconds: z.number().positive().max(3600).default(90),
  callingWindow: CallingWindow.optional()
})
export type IntegraLaunchSettings = z.infer<typeof IntegraLaunchSettings>

/** Where the Kinbox leads file goes. Secrets (S3 key and secret) are never here. */
export const LeadsFileTarget = z.discriminatedUnion('host', [
  z.object({
    host: z.literal('s3'),
    endpoint: z.url().optional(),
    region: z.string().min(1),
    bucket: z.string().min(1),
    prefix: z.string().default(''),
    forcePathStyle: z.boolean().default(false),
    /** Signature V4 presigned URLs last at most 7 days. */
    expiresInDays: z
      .number()
      .positive()
      .max(7, 'o link pré-assinado (Signature V4) vale no máximo 7 dias: use expiresInDays ≤ 7')
      .default(7)
  }),
  z.object({ host: z.literal('self'), url: z.url(), saveTo: z.string().min(1) })
])
export type LeadsFileTarget = z.infer<typeof LeadsFileTarget>

export const KinboxLaunchSettings = z.object({
  channelId: z.string().min(1),
  channelType: KinboxCreateCampaign.shape.channelType.unwrap(),
  operatorName: z.string().min(1).optional(),
  businessHoursId: z.string().min(1).optional(),
  /** The message as written in Mapear (`{{leadName}}`); main applies toKinboxMessage. */
  message: z.string().min(1),
  chunkSize: z.int().positive(),
  secondsBetweenMessages: z.number().nonnegative(),
  secondsBetweenChunks: z.number().nonnegative(),
  /** The account's business hours (or the typed ones), for `finishedAtPrediction`. */
  businessHours: WeeklyHoursSchema.optional(),
  timeZone: z.string().min(1).default('America/Sao_Paulo'),
  leadsFile: LeadsFileTarget
})
export type KinboxLaunchSettings = z.infer<typeof KinboxLaunchSettings>

/** One part of a plan: one provider campaign. `rows` are the file's own row numbers. */
const partBase = {
  part: z.int().positive(),
  name: z.string().min(1),
  rows: z.array(z.int().positive()),
  /** ISO 8601 with offset. */
  scheduledAt: z.string(),
  /** Expected end of the part (Integra: from calls; Kinbox: finishedAtPrediction). */
  expectedEndAt: z.string().nullable(),
  warnings: z.array(z.string())
}

export const IntegraLaunchPart = z.object({ ...partBase, body: IntegraCreateCampaign })
export type IntegraLaunchPart = z.infer<typeof IntegraLaunchPart>

/** The body without `leadsAssetUrl`: main sets it once the file is hosted. */
export const KinboxLaunchPart = z.object({
  ...partBase,
  body: KinboxCreateCampaign.omit({ leadsAssetUrl: true })
})
export type KinboxLaunchPart = z.infer<typeof KinboxLaunchPart>

/** The Kinbox leads file's cells (providers.md): `number`, then one column per variable. */
export const KinboxLeadsFile = z.object({
  header: z.array(z.string()).min(1),
  rows: z.array(z.array(z.string()))
})
export type KinboxLeadsFile = z.infer<typeof KinboxLeadsFile>

/**
 * The user's own list and choices at launch time, kept beside the journal
 * (`launches/<launchId>.source.json`) for Campanhas: the results export joins each lead back to
 * its row and columns, and a follow-up starts from the same mapping, text and schedule. Not
 * part of the launch's identity (launchId.ts): nothing here is sent to a provider.
 */
export const LaunchSchedule = z.object({
  timeZone: z.string().min(1),
  /** Kinbox. */
  chunkSize: z.int().positive().optional(),
  secondsBetweenMessages: z.number().nonnegative().optional(),
  secondsBetweenChunks: z.number().nonnegative().optional(),
  businessHours: WeeklyHoursSchema.optional(),
  /** Integra. */
  maxConcurrent: z.int().positive().optional(),
  averageCallSeconds: z.number().positive().optional()
})
export type LaunchSchedule = z.infer<typeof LaunchSchedule>

export const LaunchSource = z.object({
  /** The file's own headers, in its order. */
  columns: z.array(z.string()),
  /** One per launched lead, in file order: its row number and its cells as sent (Limpar's edits in). */
  leads: z.array(z.object({ row: z.int().positive(), cells: z.array(z.string()) })),
  /** Mapear's mapping (columns index `columns`). */
  mapping: mappingSchema,
  /** Kinbox: the message as written in Mapear; Integra: the voicemail read aloud (null: hang up). */
  text: z.string().nullable(),
  schedule: LaunchSchedule
})
export type LaunchSource = z.infer<typeof LaunchSource>

const planBase = {
  version: z.literal(1),
  name: z.string().min(1),
  /** The lead file's name (no path), for the journal and Campanhas. */
  sourceFile: z.string(),
  recipients: z.int().nonnegative(),
  excluded: ExcludedCounts,
  warnings: z.array(z.string()),
  /** Kept beside the journal, never sent (see LaunchSource); absent from plans read back. */
  source: LaunchSource.optional(),
  /**
   * Simulation mode: main alone sets it (from its settings, whatever the page sent), and a
   * plan so marked only ever runs against the in-app simulated providers. Part of the id.
   */
  simulated: z.literal(true).optional()
}

export const IntegraLaunchPlan = z.object({
  ...planBase,
  provider: z.literal('integra'),
  parts: z.array(IntegraLaunchPart).min(1)
})
export type IntegraLaunchPlan = z.infer<typeof IntegraLaunchPlan>

export const KinboxLaunchPlan = z.object({
  ...planBase,
  provider: z.literal('kinbox'),
  parts: z.array(KinboxLaunchPart).length(1),
  leadsFile: KinboxLeadsFile,
  leadsFileTarget: LeadsFileTarget
})
export type KinboxLaunchPlan = z.infer<typeof KinboxLaunchPlan>

export const LaunchPlan = z.discriminatedUnion('provider', [IntegraLaunchPlan, KinboxLaunchPlan])
export type LaunchPlan = z.infer<typeof LaunchPlan>
