import type {
  IntegraAccountConfig,
  INTEGRA_MISSING,
  KINBOX_MISSING
} from '../../../shared/ipc/accounts'
import type { IntegraCampaignConfig } from '../../../shared/providers/integra/schemas'
import {
  LeadsFileTarget,
  type IntegraLaunchSettings,
  type KinboxLaunchSettings
} from '../../../shared/launch/types'
import type { StoredAccounts } from './accountsStore'

/**
 * The accounts' settings as the launch takes them: field for field the account part of
 * IntegraLaunchSettings and KinboxLaunchSettings (the launch adds the message, the cadence
 * and the schedule). Only main can build the "hospedo eu mesmo" target, because only main
 * knows where the file is saved.
 */

export type IntegraMissing = (typeof INTEGRA_MISSING)[number]
export type KinboxMissing = (typeof KINBOX_MISSING)[number]

export type IntegraAccountSettings = Pick<
  IntegraLaunchSettings,
  'project_id' | 'agent_id' | 'phone_number_id' | 'config'
>
export type KinboxAccountSettings = Pick<
  KinboxLaunchSettings,
  'channelId' | 'channelType' | 'operatorName' | 'businessHoursId' | 'leadsFile'
>

export function integraMissing(stored: StoredAccounts, keySet: boolean): IntegraMissing[] {
  const { project_id, agent_id, phone_number_id } = stored.integra
  const missing: IntegraMissing[] = keySet ? [] : ['key']
  if (project_id === '') missing.push('project_id')
  if (agent_id === '') missing.push('agent_id')
  if (phone_number_id === '') missing.push('phone_number_id')
  return missing
}

export function kinboxMissing(
  stored: StoredAccounts,
  tokenSet: boolean,
  s3SecretsSet: boolean
): KinboxMissing[] {
  const { kinbox } = stored
  const missing: KinboxMissing[] = tokenSet ? [] : ['token']
  if (kinbox.channelId === '') missing.push('channelId')
  if (kinbox.channelType === '') missing.push('channelType')
  if (kinbox.leadsFile.host === 's3') {
    if (kinbox.leadsFile.s3.region === '') missing.push('s3_region')
    if (kinbox.leadsFile.s3.bucket === '') missing.push('s3_bucket')
    if (!s3SecretsSet) missing.push('s3_credentials')
  } else {
    if (kinbox.leadsFile.self.url === '') missing.push('self_url')
    if (kinbox.selfSaveTo === null) missing.push('self_save_to')
  }
  return missing
}

/** Integra wants a voicemail text only with `tts`; the rest is sent as set. */
export function integraConfig(config: IntegraAccountConfig): IntegraCampaignConfig {
  const { voicemail_tts_message, ...rest } = config
  return config.voicemail_mode === 'tts' ? { ...rest, voicemail_tts_message } : rest
}

export function integraAccountSettings(stored: StoredAccounts): IntegraAccountSettings | null {
  const { project_id, agent_id, phone_number_id, config } = stored.integra
  if (project_id === '' || agent_id === '' || phone_number_id === '') return null
  return { project_id, agent_id, phone_number_id, config: integraConfig(config) }
}

/** The host a Kinbox launch uploads to, or null while something it needs is not set. */
export function leadsFileTarget(stored: StoredAccounts): LeadsFileTarget | null {
  const { leadsFile, selfSaveTo } = stored.kinbox
  const raw =
    leadsFile.host === 's3'
      ? {
          host: 's3' as const,
          ...(leadsFile.s3.endpoint !== '' && { endpoint: leadsFile.s3.endpoint }),
          region: leadsFile.s3.region,
          bucket: leadsFile.s3.bucket,
          prefix: leadsFile.s3.prefix,
          forcePathStyle: leadsFile.s3.forcePathStyle,
          expiresInDays: leadsFile.s3.expiresInDays
        }
      : { host: 'self' as const, url: leadsFile.self.url, saveTo: selfSaveTo ?? '' }
  const parsed = LeadsFileTarget.safeParse(raw)
  return parsed.success ? parsed.data : null
}

export function kinboxAccountSettings(stored: StoredAccounts): KinboxAccountSettings | null {
  const { channelId, channelType, operatorName, businessHoursId } = stored.kinbox
  const leadsFile = leadsFileTarget(stored)
  if (channelId === '' || channelType === '' || leadsFile === null) return null
  return {
    channelId,
    channelType,
    ...(operatorName !== '' && { operatorName }),
    ...(businessHoursId !== '' && { businessHoursId }),
    leadsFile
  }
}
