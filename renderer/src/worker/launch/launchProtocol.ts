import { z } from 'zod'
import type { IntegraLaunchSettings, KinboxLaunchSettings } from '../../../../shared/launch/types'
import { LaunchProvider } from '../../../../shared/launch/types'
import { mappingSchema } from '../../../../shared/mapping/mapping'

/** The launch's worker types (launchContract.ts). */

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null

/**
 * A provider's settings as the page gathered them. Only their shape is checked here: the plan
 * parses them (shared/launch/settings.ts) and words what is wrong as the plan's problems
 * (`invalid_id`, `invalid_settings`), which Disparar shows.
 */
const settingsAsGathered = <S extends z.ZodType>() => z.custom<z.input<S>>(isObject)

/** What a launch plan is built from besides the worker's own rows (shared/launch LaunchInput). */
export const LaunchPlanRequest = z.object({
  provider: LaunchProvider,
  /** The campaign's name; Integra parts get ` (k/n)` after it. */
  name: z.string(),
  mapping: mappingSchema,
  /** The first part's start (epoch ms). */
  start: z.number(),
  integra: settingsAsGathered<typeof IntegraLaunchSettings>().optional(),
  kinbox: settingsAsGathered<typeof KinboxLaunchSettings>().optional()
})
export type LaunchPlanRequest = z.infer<typeof LaunchPlanRequest>
