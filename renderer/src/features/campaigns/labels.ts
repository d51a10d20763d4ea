import type { TFunction } from 'i18next'
import type { CampaignPartStatus } from '../../../../shared/ipc/campaigns'
import type { LaunchProvider } from '../../../../shared/launch/types'

export const providerName = (provider: LaunchProvider) =>
  provider === 'integra' ? 'Integra' : 'Kinbox'

/** The provider's status in words; one we do not know is shown as the provider sent it. */
export function statusLabel(t: TFunction, status: string | null): string {
  return t(`campaigns.status.${status ?? 'unknown'}`, { defaultValue: status ?? '' })
}

/** A Kinbox `answered` was replied to; an Integra one was picked up. */
export function resultLabel(t: TFunction, provider: LaunchProvider, key: string): string {
  if (provider === 'integra' && key === 'answered') return t('campaigns.result.pickedUp')
  return t(`campaigns.result.${key}`, { defaultValue: key })
}

export function failureText(
  t: TFunction,
  provider: LaunchProvider,
  failure: NonNullable<CampaignPartStatus['failure']>
): string {
  return t(`campaigns.failure.${failure.kind}`, {
    provider: providerName(provider),
    message: failure.message
  })
}

/** Status tone: done green, paused/failed warn/error, the rest neutral. */
export function statusTone(status: string | null): string {
  if (status === null) return 'tag--note'
  if (['done', 'done-sent', 'COMPLETED'].includes(status)) return 'tag--ok'
  if (['failed', 'canceled', 'FAILED'].includes(status)) return 'tag--error'
  if (status === 'paused') return 'tag--warn'
  return 'tag--info'
}
