import { z } from 'zod'
import {
  BusinessHoursListSchema,
  WEEKDAYS,
  type BusinessHoursDay,
  type BusinessHoursItem,
  type Weekday
} from '../../timing/businessHours'

/**
 * Kinbox request and response bodies, as `kinbox.openapi.json` states them. The create body
 * mirrors `CreateCampaignDto` (the same body serves `/v3/campaigns` and `/v1/campaigns`);
 * responses keep unknown fields because the vendor documents them loosely.
 */

export const KINBOX_CHANNEL_TYPES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const
export const KINBOX_LEAD_TYPES = ['lead', 'file'] as const
export const KINBOX_CAMPAIGN_STATUSES = [
  'processing',
  'scheduled',
  'executing',
  'paused',
  'awaiting-chunk',
  'awaiting-business-hours',
  'awaiting-other-campaign',
  'canceled',
  'failed',
  'done',
  'done-sent'
] as const
export const KinboxCampaignStatus = z.enum(KINBOX_CAMPAIGN_STATUSES)
export type KinboxCampaignStatus = z.infer<typeof KinboxCampaignStatus>

/** `GET /v3/campaigns` accepts `limit` from 1 to 500 (providers.md). */
export const KINBOX_MAX_PAGE_LIMIT = 500

export const KinboxCreateCampaign = z.object({
  name: z.string(),
  channelId: z.string().optional(),
  channelIds: z.array(z.string()).optional(),
  operatorName: z.string().optional(),
  businessHoursId: z.string().optional(),
  channelType: z.enum(KINBOX_CHANNEL_TYPES).optional(),
  leadType: z.enum(KINBOX_LEAD_TYPES).optional(),
  normalizeBrazilPhoneNumbers: z.boolean().optional(),
  scheduledTo: z.string().optional(),
  originalScheduledTo: z.string().optional(),
  finishedAtPrediction: z.string().optional(),
  leadsAssetUrl: z.string().optional(),
  message: z.string().optional(),
  textRaw: z.string().optional(),
  assetsUrls: z.array(z.string()).optional(),
  chunksCount: z.number().optional(),
  secondsBetweenMessages: z.number().optional(),
  secondsBetweenChunks: z.number().optional(),
  chunkSize: z.number().optional(),
  template: z.record(z.string(), z.unknown()).optional()
})
export type KinboxCreateCampaign = z.infer<typeof KinboxCreateCampaign>

/**
 * A campaign as Kinbox returns it. `_id` (Mongo) may come instead of or beside `id`; the
 * client normalises to `id`.
 */
export const KinboxCampaign = z
  .looseObject({
    id: z.string().optional(),
    _id: z.string().optional(),
    name: z.string(),
    status: z.string().optional(),
    channelId: z.string().optional(),
    businessHoursId: z.string().optional(),
    scheduledTo: z.string().optional(),
    finishedAtPrediction: z.string().optional(),
    leadsCount: z.number().optional(),
    chunksCount: z.number().optional()
  })
  .refine((campaign) => campaign.id !== undefined || campaign._id !== undefined, {
    message: 'campaign has neither id nor _id'
  })
  .transform((campaign) => ({ ...campaign, id: campaign.id ?? campaign._id ?? '' }))
export type KinboxCampaign = z.output<typeof KinboxCampaign>

export const KinboxCampaignList = z.object({
  totalCount: z.number(),
  data: z.array(KinboxCampaign)
})
export type KinboxCampaignList = z.output<typeof KinboxCampaignList>

// --- business hours -------------------------------------------------------------------
// The weekly shape belongs to the timing model (`shared/timing/businessHours.ts`), which
// also reads the `GET /v3/business-hours` response; one schema serves the model and the API.

/** `GET /v3/business-hours` → `{ totalCount, data: [{ id, mon..sun }] }`. */
export const KinboxBusinessHoursList = BusinessHoursListSchema

/** What the app works with: one set, its id as text, every weekday present. */
export interface KinboxBusinessHoursSet {
  id: string
  hours: Record<Weekday, BusinessHoursDay>
}

const CLOSED: BusinessHoursDay = { active: false, hours: [] }

/** A missing or null day is closed (timing.md); the API gives sets no name, only an id. */
export function toBusinessHoursSet(item: BusinessHoursItem): KinboxBusinessHoursSet {
  const hours = Object.fromEntries(WEEKDAYS.map((day) => [day, item[day] ?? CLOSED]))
  return { id: item.id, hours: hours as Record<Weekday, BusinessHoursDay> }
}

// --- operators --------------------------------------------------------------------------

/**
 * An item of `GET /v3/operators`. The OpenAPI's `Operator` names only `id` and `_id`; the
 * campaign body takes `operatorName`, so `name` (and `email`, to tell two Anas apart) are
 * read when present [?]: which field the panel shows is not documented.
 */
export const KinboxOperator = z
  .looseObject({
    id: z.string().optional(),
    _id: z.string().optional(),
    name: z.string().optional(),
    email: z.string().optional()
  })
  .refine((operator) => operator.id !== undefined || operator._id !== undefined, {
    message: 'operator has neither id nor _id'
  })
export type KinboxOperator = z.output<typeof KinboxOperator>

/** `GET /v3/operators` → `{ totalCount, data: Operator[] }`. */
export const KinboxOperatorList = z.object({
  totalCount: z.number().optional(),
  data: z.array(KinboxOperator)
})
export type KinboxOperatorList = z.output<typeof KinboxOperatorList>

// --- campaign results (Campanhas) -------------------------------------------------------

/** `CampaignResultCounts`: cumulative per message (a read one was also received and sent). */
export const KinboxResultCounts = z.looseObject({
  sent: z.number().nonnegative().default(0),
  received: z.number().nonnegative().default(0),
  read: z.number().nonnegative().default(0),
  answered: z.number().nonnegative().default(0),
  chunksExecuted: z.number().nonnegative().optional()
})
export type KinboxResultCounts = z.output<typeof KinboxResultCounts>

/** What Campanhas reads of a `Campaign`: its status, `progress` and `resultCounts`. */
export const KinboxCampaignProgress = z.looseObject({
  status: z.string().optional(),
  progress: z.number().optional(),
  resultCounts: KinboxResultCounts.optional()
})
export type KinboxCampaignProgress = z.output<typeof KinboxCampaignProgress>

export const KINBOX_CHUNK_LEAD_STATUSES = [
  'awaiting',
  'sent',
  'received',
  'read',
  'failed',
  'answered',
  'processed'
] as const

/** `ChunkLead`: the number as digits with DDI, its placeholders by position, its status. */
export const KinboxChunkLead = z.looseObject({
  _id: z.string().optional(),
  number: z.string(),
  placeholders: z.array(z.string()).default([]),
  status: z.string(),
  sentAt: z.string().optional(),
  answered: z.boolean().optional()
})
export type KinboxChunkLead = z.output<typeof KinboxChunkLead>

/**
 * `GET /v3/campaigns/{id}/chunk-leads` documents no body (providers.md: an array of
 * `ChunkLead`); a `{ data: [...] }` envelope like the lists' is read too.
 */
export const KinboxChunkLeads = z.union([
  z.array(KinboxChunkLead),
  z.object({ data: z.array(KinboxChunkLead) }).transform((list) => list.data)
])
