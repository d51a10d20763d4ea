import { z } from 'zod'

export const ProviderId = z.enum(['kinbox', 'integra'])
export type ProviderId = z.infer<typeof ProviderId>

/** All the renderer ever learns about a stored token. */
export const SecretStatus = z.object({
  provider: ProviderId,
  set: z.boolean(),
  last4: z.string().max(4).nullable()
})
export type SecretStatus = z.infer<typeof SecretStatus>

export const Language = z.enum(['pt-BR', 'en'])
export type Language = z.infer<typeof Language>

export const Settings = z.object({
  language: Language
})
export type Settings = z.infer<typeof Settings>

export const SettingsPatch = Settings.partial().strict()

/** A token as pasted: trimmed, printable, no whitespace inside. */
export const ApiToken = z
  .string()
  .trim()
  .min(8, 'token_too_short')
  .max(512, 'token_too_long')
  .regex(/^[\x21-\x7e]+$/, 'token_invalid_characters')

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string()
})

export const Empty = z.object({}).strict()
