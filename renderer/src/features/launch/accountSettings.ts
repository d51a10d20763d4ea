import type { z } from 'zod'
import type { AccountsView } from '../../../../shared/ipc/accounts'
import type {
  IntegraLaunchSettings,
  KinboxLaunchSettings,
  LaunchProvider,
  LeadsFileTarget
} from '../../../../shared/launch/types'

/**
 * Configurações → Contas as the launch plan takes it (the non-secret part of
 * IntegraLaunchSettings / KinboxLaunchSettings). While an account is incomplete the review
 * still shows counts and parts: the plan is then built over stand-in ids and marked a
 * draft, which can never be started (launchStore refuses it).
 */

export type IntegraAccountPart = Pick<
  z.input<typeof IntegraLaunchSettings>,
  'project_id' | 'agent_id' | 'phone_number_id' | 'config'
>
export type KinboxAccountPart = Pick<
  z.input<typeof KinboxLaunchSettings>,
  'channelId' | 'channelType' | 'operatorName' | 'businessHoursId' | 'leadsFile'
>

export interface AccountPart<T> {
  settings: T
  /** Stand-ins fill what is missing: good for a preview, never for a launch. */
  draft: boolean
}

/** A UUID no Integra account has: the preview's stand-in for an id not set yet. */
const STAND_IN_ID = '00000000-0000-4000-8000-000000000000'
const STAND_IN_REGION = 'us-east-1'
const STAND_IN_BUCKET = 'leadprep-preview'
const STAND_IN_TARGET: LeadsFileTarget = {
  host: 's3',
  region: STAND_IN_REGION,
  bucket: STAND_IN_BUCKET,
  prefix: '',
  forcePathStyle: false,
  expiresInDays: 7
}

export function integraAccountPart(view: AccountsView | null): AccountPart<IntegraAccountPart> {
  const integra = view?.integra
  const id = (value: string | undefined) => (value ? value : STAND_IN_ID)
  return {
    settings: {
      project_id: id(integra?.project_id),
      agent_id: id(integra?.agent_id),
      phone_number_id: id(integra?.phone_number_id),
      ...(integra && { config: campaignConfig(integra.config) })
    },
    draft: !integra || integra.missing.length > 0
  }
}

/** Integra wants a voicemail text only with `tts` (as main's integraConfig). */
function campaignConfig(
  config: AccountsView['integra']['config']
): NonNullable<IntegraAccountPart['config']> {
  const { voicemail_tts_message, ...rest } = config
  return config.voicemail_mode === 'tts' ? { ...rest, voicemail_tts_message } : rest
}

/** The bucket target as main builds it (electron/main/accounts/launchSettings.ts). */
function s3Target(kinbox: AccountsView['kinbox']): LeadsFileTarget {
  const s3 = kinbox.leadsFile.s3
  return {
    host: 's3',
    ...(s3.endpoint !== '' && { endpoint: s3.endpoint }),
    region: s3.region || STAND_IN_REGION,
    bucket: s3.bucket || STAND_IN_BUCKET,
    prefix: s3.prefix,
    forcePathStyle: s3.forcePathStyle,
    expiresInDays: s3.expiresInDays
  }
}

export function kinboxAccountPart(view: AccountsView | null): AccountPart<KinboxAccountPart> {
  const kinbox = view?.kinbox
  if (!kinbox) {
    return {
      settings: { channelId: 'canal', channelType: '1', leadsFile: STAND_IN_TARGET },
      draft: true
    }
  }
  return {
    settings: {
      channelId: kinbox.channelId || 'canal',
      channelType: kinbox.channelType || '1',
      ...(kinbox.operatorName !== '' && { operatorName: kinbox.operatorName }),
      ...(kinbox.businessHoursId !== '' && { businessHoursId: kinbox.businessHoursId }),
      leadsFile: kinbox.leadsFile.host === 'self' ? selfTarget(kinbox) : s3Target(kinbox)
    },
    draft: kinbox.missing.length > 0
  }
}

/**
 * "Hospedo eu mesmo": the page knows the user's URL but never the path main saves the file
 * to (only its name). The plan carries the name as a stand-in; main puts the stored target in
 * its place before reviewing or starting (withStoredTarget, electron/main/ipc/handlers/launch.ts).
 * While the URL or the file is not chosen, `missing` says so and the plan stays a draft.
 */
function selfTarget(kinbox: AccountsView['kinbox']): LeadsFileTarget {
  const { url } = kinbox.leadsFile.self
  const saveTo = kinbox.selfSaveToName
  if (url === '' || saveTo === null) return STAND_IN_TARGET
  return { host: 'self', url, saveTo }
}

/** The account's own gaps, as main lists them ('key', 'channelId', 's3_bucket', …). */
export function accountMissing(view: AccountsView | null, provider: LaunchProvider): string[] {
  if (!view) return ['not_loaded']
  return [...view[provider].missing]
}
