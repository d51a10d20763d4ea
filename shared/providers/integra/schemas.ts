import { z } from 'zod'

/**
 * Integra request and response bodies, as `integra.openapi.json` states them. The request
 * schemas mirror the OpenAPI constraints one for one so that a body we build is rejected
 * here, with our own message, before it can be rejected by the API.
 */

/** Limits of `POST /api/v1/campaigns`: their one home (timing and mapping import them). */
export const INTEGRA_MAX_RECIPIENTS = 10_000
/** Every `dynamic_variables` value is a string of at most this many characters. */
export const INTEGRA_VALUE_MAX_LENGTH = 1000
export const INTEGRA_VOICEMAIL_MAX_LENGTH = 500
/** `config.max_concurrent` when the body leaves it out (the vendor's default). */
export const INTEGRA_DEFAULT_MAX_CONCURRENT = 2
export const INTEGRA_PHONE_PATTERN = /^\+[1-9]\d{7,14}$/
export const INTEGRA_MAX_PAGE_LIMIT = 100

// The OpenAPI says `format: uuid`, which its validators read as any 8-4-4-4-12 hex string
// (no version or variant check), so `z.guid()` rather than the stricter `z.uuid()`.
const id = z.guid()

export const IntegraRecipient = z.object({
  phone_number: z.string().regex(INTEGRA_PHONE_PATTERN),
  recipient_name: z.string().optional(),
  dynamic_variables: z.record(z.string(), z.string().max(INTEGRA_VALUE_MAX_LENGTH)).optional()
})
export type IntegraRecipient = z.infer<typeof IntegraRecipient>

export const IntegraCampaignConfig = z.object({
  call_timeout: z.int().min(15).max(120).optional(),
  machine_detection_timeout: z.int().min(5).max(60).optional(),
  voicemail_mode: z.enum(['hangup', 'tts']).optional(),
  voicemail_tts_message: z.string().max(INTEGRA_VOICEMAIL_MAX_LENGTH).optional(),
  outbound_auto_greet: z.boolean().optional(),
  max_concurrent: z.int().min(1).max(10).optional()
})
export type IntegraCampaignConfig = z.infer<typeof IntegraCampaignConfig>

export const IntegraCreateCampaign = z.object({
  name: z.string().min(1),
  project_id: id,
  agent_id: id,
  phone_number_id: id,
  scheduled_at: z.iso.datetime({ offset: true }),
  recipients: z.array(IntegraRecipient).min(1).max(INTEGRA_MAX_RECIPIENTS),
  config: IntegraCampaignConfig.optional()
})
export type IntegraCreateCampaign = z.infer<typeof IntegraCreateCampaign>

/** 201 of `POST /api/v1/campaigns`. */
export const IntegraCreatedCampaign = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  total_recipients: z.number(),
  scheduled_at: z.string(),
  created_at: z.string()
})
export type IntegraCreatedCampaign = z.infer<typeof IntegraCreatedCampaign>

/**
 * An item of `GET /api/v1/campaigns`. The OpenAPI leaves it unspecified (`items: {}`), so
 * only what the launch needs is required and everything else is kept as sent.
 */
export const IntegraCampaignSummary = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string().optional(),
  total_recipients: z.number().optional(),
  scheduled_at: z.string().optional(),
  created_at: z.string().optional()
})
export type IntegraCampaignSummary = z.infer<typeof IntegraCampaignSummary>

export const IntegraCampaignList = z.object({
  campaigns: z.array(IntegraCampaignSummary),
  pagination: z.object({ page: z.number(), limit: z.number(), total: z.number() })
})
export type IntegraCampaignList = z.infer<typeof IntegraCampaignList>

/** `GET /api/v1/campaigns/{id}`: "details with recipients", shape unspecified. */
export const IntegraCampaignDetails = IntegraCampaignSummary.extend({
  recipients: z.array(z.looseObject({ phone_number: z.string() })).optional()
})
export type IntegraCampaignDetails = z.infer<typeof IntegraCampaignDetails>

// --- calls (Campanhas) -------------------------------------------------------------------

/**
 * An item of `GET /api/v1/calls`: the OpenAPI leaves it unspecified (`items: {}`) and has no
 * campaign filter, so the client pages and keeps the calls whose `campaign_id` matches. The
 * field names are OUR GUESS (the fake's); everything else is kept as sent.
 */
export const IntegraCall = z.looseObject({
  id: z.string(),
  campaign_id: z.string().nullish(),
  phone_number: z.string().nullish(),
  status: z.string().nullish(),
  outcome: z.string().nullish(),
  direction: z.string().nullish(),
  started_at: z.string().nullish(),
  created_at: z.string().nullish()
})
export type IntegraCall = z.infer<typeof IntegraCall>

export const IntegraCallList = z.object({
  calls: z.array(IntegraCall),
  pagination: z.object({ page: z.number(), limit: z.number(), total: z.number() })
})
export type IntegraCallList = z.infer<typeof IntegraCallList>

/** Call `status` (the documented filter: "COMPLETED, FAILED, etc") to an outcome, when no `outcome` is sent. */
const OUTCOME_BY_STATUS: Record<string, string> = {
  COMPLETED: 'answered',
  ANSWERED: 'answered',
  NO_ANSWER: 'no-answer',
  VOICEMAIL: 'voicemail',
  BUSY: 'busy',
  FAILED: 'failed'
}

/** The call's outcome in one word (`answered`, `no-answer`, `voicemail`, `busy`, `failed` …). */
export function integraCallOutcome(call: IntegraCall): string | null {
  if (call.outcome) return call.outcome.toLowerCase()
  if (!call.status) return null
  return OUTCOME_BY_STATUS[call.status.toUpperCase()] ?? call.status.toLowerCase()
}
