import { z } from 'zod'
import { LAUNCH_ERROR_CODES } from '../launch/messages'
import { ExcludedCounts, LaunchProvider } from '../launch/types'

/**
 * What the page (and the CLI) learns about a launch: the journal's state without anything
 * secret. Tokens never reach these shapes; errors travel as a code plus parameters that
 * `shared/launch/messages.ts` turns into a sentence.
 */

export const LaunchErrorInfo = z.object({
  code: z.enum(LAUNCH_ERROR_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Developer detail (the provider's redacted message), for support; never a token. */
  detail: z.string().max(2_000).optional()
})
export type LaunchErrorInfo = z.infer<typeof LaunchErrorInfo>

export const PART_STATUSES = ['pending', 'sending', 'created', 'failed', 'unknown'] as const
export const PartStatus = z.enum(PART_STATUSES)
export type PartStatus = z.infer<typeof PartStatus>

/**
 * The launch as a whole: `done` every part created; `failed` a part was refused; `unknown` a
 * part may or may not exist (the user must look); `in_progress` a part is being sent (or
 * was, by a process that died); `pending` nothing sent yet or stopped between parts.
 */
export const LaunchState = z.enum(['pending', 'in_progress', 'done', 'failed', 'unknown'])
export type LaunchState = z.infer<typeof LaunchState>

export const LaunchPartSummary = z.object({
  part: z.int().positive(),
  name: z.string(),
  recipients: z.int().nonnegative(),
  status: PartStatus,
  campaignId: z.string().nullable(),
  attempts: z.int().nonnegative(),
  error: LaunchErrorInfo.nullable()
})
export type LaunchPartSummary = z.infer<typeof LaunchPartSummary>

export const LaunchUploadSummary = z.object({
  status: z.enum(['pending', 'done']),
  expiresAt: z.string().nullable()
})

export const LaunchSummary = z.object({
  launchId: z.string().regex(/^[0-9a-f]{8,64}$/),
  provider: LaunchProvider,
  name: z.string(),
  sourceFile: z.string(),
  state: LaunchState,
  /** A process holds the journal's lock right now (this app or a `leadprep launch`). */
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  recipients: z.int().nonnegative(),
  upload: LaunchUploadSummary.nullable(),
  parts: z.array(LaunchPartSummary),
  /** The error that stopped the last run outside any part (lock, upload), if any. */
  error: LaunchErrorInfo.nullable(),
  /** Made in simulation mode: nothing of it was sent to a real API (shown as "Simulação"). */
  simulated: z.boolean().optional()
})
export type LaunchSummary = z.infer<typeof LaunchSummary>

/** One request as it would be sent, token absent (review screen, `--dry-run`). */
export const LaunchRequestSample = z.object({
  method: z.literal('POST'),
  url: z.string(),
  body: z.record(z.string(), z.unknown())
})
export type LaunchRequestSample = z.infer<typeof LaunchRequestSample>

export const LaunchReview = z.object({
  launchId: z.string(),
  provider: LaunchProvider,
  name: z.string(),
  recipients: z.int().nonnegative(),
  excluded: ExcludedCounts,
  warnings: z.array(z.string()),
  parts: z.array(
    z.object({
      part: z.int().positive(),
      name: z.string(),
      recipients: z.int().nonnegative(),
      scheduledAt: z.string(),
      expectedEndAt: z.string().nullable(),
      warnings: z.array(z.string())
    })
  ),
  /** Integra: part 1 with its first 3 recipients; Kinbox: the body, leadsAssetUrl a placeholder. */
  sample: LaunchRequestSample,
  /** The journal of this very launch when it was started before (resume instead of resend). */
  existing: LaunchSummary.nullable(),
  /** A real launch of the bundled sample's numbers: main refuses to start it (simulation only). */
  sampleFile: z.literal(true).optional()
})
export type LaunchReview = z.infer<typeof LaunchReview>

export const LaunchProgressEvent = z.object({
  launchId: z.string(),
  /** What just changed: the upload step, one part, or the run ended. */
  kind: z.enum(['upload', 'part', 'waiting', 'finished']),
  part: z.int().positive().nullable(),
  /** Seconds the run waits (rate limit), when `kind` is `waiting`. */
  waitSeconds: z.number().nonnegative().nullable(),
  summary: LaunchSummary
})
export type LaunchProgressEvent = z.infer<typeof LaunchProgressEvent>

/** Value shown in place of the hosted file's URL before it exists. */
export const LEADS_ASSET_URL_PLACEHOLDER = '<leadsAssetUrl: URL do arquivo de leads hospedado>'
