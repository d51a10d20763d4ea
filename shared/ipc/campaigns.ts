import { z } from 'zod'
import { LaunchProvider, LaunchSource } from '../launch/types'
import { KINBOX_CHUNK_LEAD_STATUSES } from '../providers/kinbox/schemas'
import { ProviderFailure } from './schemas'

/**
 * Campanhas: what the page learns about the provider campaigns a launch created — their live
 * status, each lead's result joined back to the user's own rows, and the export of both. The
 * provider's own words (Kinbox `status`, Integra call outcomes) travel as they come; the page
 * translates the ones it knows and shows the others as sent.
 */

const LaunchIdField = z.string().regex(/^[0-9a-f]{8,64}$/)

/** Kinbox `ChunkLead.status` (kinbox.openapi.json): the list lives with Kinbox's schemas. */
export const KINBOX_LEAD_RESULTS = KINBOX_CHUNK_LEAD_STATUSES

/** Integra call outcomes (our reading of `GET /api/v1/calls`, see integra/schemas.ts). */
export const INTEGRA_CALL_RESULTS = [
  'answered',
  'no-answer',
  'voicemail',
  'busy',
  'failed'
] as const

/** Who a follow-up reaches by default (issue 11): not read / not answered; not picked up. */
export const FOLLOW_UP_RESULTS: Record<LaunchProvider, readonly string[]> = {
  kinbox: ['awaiting', 'sent', 'received', 'failed'],
  integra: ['no-answer', 'voicemail', 'failed']
}

/** Kinbox statuses that `/pause` accepts, and the one `/resume` does. */
export const KINBOX_PAUSABLE = [
  'processing',
  'scheduled',
  'executing',
  'awaiting-chunk',
  'awaiting-business-hours',
  'awaiting-other-campaign'
] as const

export const CampaignPartStatus = z.object({
  part: z.int().positive(),
  name: z.string(),
  recipients: z.int().nonnegative(),
  /** null: the part was never created (see the launch's own state). */
  campaignId: z.string().nullable(),
  /** The provider's status, as it says it (Kinbox `executing`, Integra `RUNNING` …). */
  status: z.string().nullable(),
  /** 0–100: Kinbox `progress`; Integra calls made over recipients. */
  progress: z.number().min(0).max(100).nullable(),
  /** Kinbox `resultCounts` sent/received/read/answered; Integra calls by outcome. */
  counts: z.record(z.string(), z.int().nonnegative()),
  /** Integra: calls found for this campaign. */
  calls: z.int().nonnegative().nullable(),
  canPause: z.boolean(),
  canResume: z.boolean(),
  /** Why this part could not be read this time (no token, offline, 401 …). */
  failure: ProviderFailure.nullable(),
  /** When the provider was last asked (main caches answers for a short while). */
  refreshedAt: z.string().nullable()
})
export type CampaignPartStatus = z.infer<typeof CampaignPartStatus>

export const CampaignsStatus = z.object({
  launchId: z.string(),
  provider: LaunchProvider,
  parts: z.array(CampaignPartStatus),
  refreshedAt: z.string()
})
export type CampaignsStatus = z.infer<typeof CampaignsStatus>

export const LeadResult = z.object({
  /** The row of the user's own file. */
  row: z.int().positive(),
  part: z.int().positive(),
  /** E.164 (`+5511987654321`). */
  phone: z.string(),
  name: z.string(),
  /** The mapped variables, by key, as they were sent. */
  variables: z.record(z.string(), z.string()),
  /** The row's own cells, in `CampaignResults.columns` order ([] for a launch kept without them). */
  cells: z.array(z.string()),
  /** Kinbox lead status or Integra call outcome; null: nothing known yet. */
  result: z.string().nullable(),
  /** When the message was sent / the call started, when the provider says. */
  at: z.string().nullable()
})
export type LeadResult = z.infer<typeof LeadResult>

export const CampaignResults = z.object({
  launchId: z.string(),
  provider: LaunchProvider,
  name: z.string(),
  /** Variable keys in mapping order (the plan's columns). */
  variables: z.array(z.string()),
  /** The user's own headers at launch time ([] for a launch kept without them). */
  columns: z.array(z.string()),
  /** Mapear's and Agendar's choices at launch time, for a follow-up; null when not kept. */
  choices: LaunchSource.omit({ columns: true, leads: true }).nullable(),
  leads: z.array(LeadResult),
  /** Parts whose results could not be read; their leads have `result: null`. */
  failures: z.array(z.object({ part: z.int().positive(), failure: ProviderFailure })),
  refreshedAt: z.string()
})
export type CampaignResults = z.infer<typeof CampaignResults>
export type CampaignChoices = NonNullable<CampaignResults['choices']>

export const CampaignsStatusRequest = z
  .object({
    launchId: LaunchIdField,
    /** "Atualizar": ask the provider now instead of reusing a recent answer. */
    fresh: z.boolean().optional()
  })
  .strict()

export const CampaignPartRequest = z
  .object({ launchId: LaunchIdField, part: z.int().positive() })
  .strict()

export const CampaignExportRequest = z
  .object({ launchId: LaunchIdField, format: z.enum(['csv', 'xlsx']) })
  .strict()

export const CampaignExportAnswer = z.object({ saved: z.boolean(), name: z.string().nullable() })
