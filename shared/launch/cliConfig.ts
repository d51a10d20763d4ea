import { z } from 'zod'
import { cliMappingSchema } from '../mapping/cliMapping'
import { WeeklyHoursSchema } from '../timing/businessHours'
import { IntegraLaunchSettings, KinboxLaunchSettings, LaunchProvider } from './types'

/**
 * `leadprep launch --config CAMPAIGN.json` (cli.md): what to read, how to map it, when to
 * start and the provider's settings. `file` is relative to the config file. The Kinbox
 * business hours and time zone come from `schedule` (cli.md), not from the `kinbox` block.
 */
export const LaunchConfig = z
  .object({
    provider: LaunchProvider,
    file: z.string().min(1),
    sheet: z.string().min(1).optional(),
    /** Extensions (not in cli.md's example): as `inspect` takes them. */
    headerRow: z.int().nonnegative().optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .optional(),
    defaultDdd: z
      .string()
      .regex(/^[1-9]\d$/)
      .optional(),
    name: z.string().trim().min(1),
    mapping: cliMappingSchema,
    schedule: z.object({
      start: z.iso.datetime({ offset: true }),
      hours: WeeklyHoursSchema.optional(),
      tz: z.string().min(1).optional()
    }),
    integra: IntegraLaunchSettings.optional(),
    kinbox: KinboxLaunchSettings.omit({ businessHours: true, timeZone: true }).optional()
  })
  .superRefine((config, ctx) => {
    if (config[config.provider] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [config.provider],
        message: `"${config.provider}" settings are required for provider ${config.provider}`
      })
    }
  })
export type LaunchConfig = z.infer<typeof LaunchConfig>
