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
