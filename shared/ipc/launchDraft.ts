import { z } from 'zod'
import { ExcludedCounts } from '../launch/types'
import { IntegraCampaignConfig } from '../providers/integra/schemas'
import { providerSchema } from '../providers/provider'
import { DraftId, MAX_DRAFT_VARIABLES } from './drafts'

/**
 * Campanhas' "O que foi enviado" (issue 15): the draft a launch was made from, as main reads it
 * (drafts:for-launch, by launch id: the page never names a path). The draft gives the user's own
 * choices (file, sheet, mapping, text); the plan kept beside the journal gives what the launch
 * counted and sent (leads, exclusions, schedule, account). Plain data, nothing secret.
 */

/** Any launch Campanhas lists may ask; only one made from a draft has an answer. */
export const LaunchDraftRequest = z
  .object({ launchId: z.string().regex(/^[0-9a-f]{8,64}$/) })
  .strict()

/** A column by the file's own header (null: none chosen; `#n` when the header is not known). */
const ColumnName = z.string().max(1_000).nullable()

export const SentMapping = z.object({
  phone: ColumnName,
  ddd: ColumnName,
  name: ColumnName,
  variables: z
    .array(z.object({ key: z.string().max(200), column: ColumnName }))
    .max(MAX_DRAFT_VARIABLES)
})
export type SentMapping = z.infer<typeof SentMapping>

/** When and at what pace, as the plan computed it. */
export const SentSchedule = z.object({
  /** The first part's start and the last part's predicted end (ISO 8601 with offset). */
  startAt: z.string().nullable(),
  expectedEndAt: z.string().nullable(),
  timeZone: z.string().max(64),
  parts: z.int().nonnegative(),
  kinbox: z
    .object({
      chunkSize: z.number().nullable(),
      secondsBetweenMessages: z.number().nullable(),
      secondsBetweenChunks: z.number().nullable()
    })
    .nullable(),
  integra: z
    .object({
      maxConcurrent: z.number().nullable(),
      averageCallSeconds: z.number().nullable()
    })
    .nullable()
})
export type SentSchedule = z.infer<typeof SentSchedule>

/** The destination's ids as sent (never a token). */
export const SentAccount = z.discriminatedUnion('provider', [
  z.object({
    provider: z.literal('kinbox'),
    channelId: z.string().nullable(),
    operatorName: z.string().nullable(),
    businessHoursId: z.string().nullable()
  }),
  z.object({
    provider: z.literal('integra'),
    projectId: z.string(),
    agentId: z.string(),
    phoneNumberId: z.string()
  })
])
export type SentAccount = z.infer<typeof SentAccount>

export const LaunchDraftView = z.object({
  draftId: DraftId,
  fileName: z.string().max(512),
  /** The sheet read (null: the file's only or first one, chosen automatically). */
  sheet: z.string().max(255).nullable(),
  /** false when the draft's copy of the file is gone ("Duplicar" would have nothing to read). */
  sourceAvailable: z.boolean(),
  campaignName: z.string().max(200),
  provider: providerSchema,
  /** The plan's recipients (the draft's own count when the plan cannot be read). */
  leadsSent: z.int().nonnegative().nullable(),
  /** Left out, by reason (null: the plan cannot be read). */
  excluded: ExcludedCounts.nullable(),
  mapping: SentMapping.nullable(),
  /** Kinbox: the message as written in Mapear. */
  message: z.string().max(20_000),
  /** Integra: the voicemail read aloud when enabled. */
  voicemail: z.object({ enabled: z.boolean(), text: z.string().max(2_000) }),
  /** Integra: the campaign config of the first part, as sent. */
  integraConfig: IntegraCampaignConfig.nullable(),
  schedule: SentSchedule.nullable(),
  account: SentAccount.nullable()
})
export type LaunchDraftView = z.infer<typeof LaunchDraftView>

/** `draft: null`: no draft was kept with this launch (launched from the CLI, or deleted). */
export const LaunchDraftAnswer = z.object({ draft: LaunchDraftView.nullable() })
export type LaunchDraftAnswer = z.infer<typeof LaunchDraftAnswer>
