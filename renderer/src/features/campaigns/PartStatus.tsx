import { useTranslation } from 'react-i18next'
import type { CampaignPartStatus } from '../../../../shared/ipc/campaigns'
import type { LaunchProvider } from '../../../../shared/launch/types'
import { useNavigation } from '../shell/navigationStore'
import { useCampaigns } from './campaignsStore'
import { failureText, providerName, resultLabel, statusLabel, statusTone } from './labels'

const KINBOX_COUNTS = ['sent', 'received', 'read', 'answered'] as const

interface Props {
  launchId: string
  provider: LaunchProvider
  part: CampaignPartStatus
  /** Show "Parte n" (launches of several parts). */
  numbered: boolean
}

/** One provider campaign: status, progress, counts, and Pausar / Retomar for Kinbox. */
export function PartStatus({ launchId, provider, part, numbered }: Props) {
  const { t } = useTranslation()
  const acting = useCampaigns((s) => s.acting)
  const note = useCampaigns((s) => s.actionNote)
  const act = useCampaigns((s) => s.act)
  const open = useNavigation((s) => s.open)
  const busy = acting?.launchId === launchId && acting.part === part.part
  const counts =
    provider === 'kinbox'
      ? KINBOX_COUNTS.map((key) => [t(`campaigns.counts.${key}`), part.counts[key] ?? 0] as const)
      : Object.entries(part.counts).map(([key, n]) => [resultLabel(t, provider, key), n] as const)

  return (
    <div className="campaign-part" data-testid={`campaign-part-${part.part}`}>
      <div className="campaign-part__head">
        {numbered && <strong>{t('campaigns.part', { part: part.part })}</strong>}
        {part.campaignId === null ? (
          <span className="muted">
            {t('campaigns.notCreated', { provider: providerName(provider) })}
          </span>
        ) : (
          <span className={`tag ${statusTone(part.status)}`} data-testid="campaign-status">
            {statusLabel(t, part.status)}
          </span>
        )}
        {part.progress !== null && (
          <span className="muted">{t('campaigns.progress', { value: part.progress })}</span>
        )}
        {part.calls !== null && (
          <span className="muted">{t('campaigns.calls', { count: part.calls })}</span>
        )}
        {provider === 'kinbox' && part.campaignId !== null && (
          <span className="campaign-part__actions">
            {part.canPause && (
              <button
                type="button"
                className="button"
                disabled={acting !== null}
                onClick={() => void act(launchId, part.part, 'pause')}
              >
                {busy ? t('campaigns.pausing') : t('campaigns.pause')}
              </button>
            )}
            {part.canResume && (
              <button
                type="button"
                className="button button--primary"
                disabled={acting !== null}
                onClick={() => void act(launchId, part.part, 'resume')}
              >
                {busy ? t('campaigns.resuming') : t('campaigns.resume')}
              </button>
            )}
          </span>
        )}
      </div>
      {part.progress !== null && (
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={part.progress}
          aria-label={t('campaigns.progress', { value: part.progress })}
        >
          <div className="progress__bar" style={{ width: `${part.progress}%` }} />
        </div>
      )}
      {part.campaignId !== null && counts.length > 0 && (
        <dl className="campaign-counts" data-testid="campaign-counts">
          {counts.map(([label, n]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{n.toLocaleString()}</dd>
            </div>
          ))}
        </dl>
      )}
      {note?.launchId === launchId &&
        note.part === part.part &&
        acting === null &&
        !note.failed && (
          <p className="notice notice--ok" role="status">
            {t('campaigns.actionDone', { status: statusLabel(t, note.status) })}
          </p>
        )}
      {note?.launchId === launchId && note.part === part.part && note.failed && !part.failure && (
        <p className="notice notice--error" role="alert">
          {t('campaigns.actionFailed')}
        </p>
      )}
      {part.failure && (
        <p className="notice notice--error" role="alert">
          {failureText(t, provider, part.failure)}{' '}
          {(part.failure.kind === 'not_configured' || part.failure.kind === 'auth') && (
            <button type="button" className="button button--ghost" onClick={() => open('settings')}>
              {t('campaigns.openSettings')}
            </button>
          )}
        </p>
      )}
    </div>
  )
}
