import { z } from 'zod'

/** Kinbox's weekday keys, in the order a week is shown (Monday first). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** "08:00", "8:00", "17:30:00"; "24:00" is accepted as the end of the day. */
const CLOCK = /^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$|^24:00(:00)?$/

export const ClockTimeSchema = z.string().trim().regex(CLOCK, 'expected HH:MM')

/** One `[open, close)` pair; Kinbox documents it as an array of strings, so extra items are ignored. */
export const HoursIntervalSchema = z
  .array(ClockTimeSchema)
  .min(2)
  .transform((pair): [string, string] => [pair[0] ?? '', pair[1] ?? ''])

export const BusinessHoursDaySchema = z.looseObject({
  active: z.boolean(),
  hours: z.array(HoursIntervalSchema)
})
export type BusinessHoursDay = z.infer<typeof BusinessHoursDaySchema>

// A missing (or null) day is closed, as is an inactive one.
const daySlot = BusinessHoursDaySchema.nullish()

/** The weekly shape Kinbox stores and the CLI's `--hours` takes. */
export const WeeklyHoursSchema = z.looseObject({
  mon: daySlot,
  tue: daySlot,
  wed: daySlot,
  thu: daySlot,
  fri: daySlot,
  sat: daySlot,
  sun: daySlot
})
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>

/**
 * One item of `GET /v3/business-hours` (openapi `BusinessHour`): `id` and `_id` are documented as
 * strings, but the detail route takes a number, so either is accepted; unknown fields pass.
 */
export const BusinessHoursItemSchema = WeeklyHoursSchema.extend({
  id: z.union([z.string(), z.number()]).transform(String),
  _id: z.union([z.string(), z.number()]).transform(String).optional()
})
export type BusinessHoursItem = z.infer<typeof BusinessHoursItemSchema>

/** The whole `GET /v3/business-hours` response: `{ totalCount, data }`. */
export const BusinessHoursListSchema = z.looseObject({
  totalCount: z.number().optional(),
  data: z.array(BusinessHoursItemSchema)
})
export type BusinessHoursList = z.infer<typeof BusinessHoursListSchema>

/** Seconds since local midnight; a close of "00:00" means the midnight that ends the day. */
export function clockSeconds(text: string, isClose: boolean): number {
  const [h = 0, m = 0, s = 0] = text.split(':').map(Number)
  const seconds = h * 3600 + m * 60 + s
  return isClose && seconds === 0 ? 86_400 : seconds
}
