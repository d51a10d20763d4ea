import { z } from 'zod'

/**
 * The one Provider type (issue 13): the services LeadPrep launches to (providers.md), in the
 * order the app lists them. Kinbox sends WhatsApp messages (landlines get a warning), Integra
 * places voice calls. Mapping, cleaning, the IPC contract, the launch plan and every picker
 * import it from here.
 */
export const PROVIDERS = ['kinbox', 'integra'] as const

export const providerSchema = z.enum(PROVIDERS)
export type Provider = z.infer<typeof providerSchema>
