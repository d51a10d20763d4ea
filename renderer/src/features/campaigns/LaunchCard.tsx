import { useTranslation } from 'react-i18next'
import type { CampaignsStatus } from '../../../../shared/ipc/campaigns'
import type { LaunchSummary } from '../../../../shared/ipc/launch'
import { SimulationTag } from '../simulation/SimulationTag'
import { useCampaigns } from './campaignsStore'
import { providerName } from './labels'
import { PartStatus } from './PartStatus'

/** The parts a launch has: the live status when read, else what the journal knows. */
export function partsOf(launch: LaunchSummary, status: CampaignsStatus | undefined) {
  return launch.parts.map(
    (part) =>
      status?.parts.find((p) => p.part === part.part) ?? {
        part: part.part,
        name: part.name,
        recipients: part.recipients,
        campaignId: part.campaignId,
        status: null,
        progress: null,
        counts: {},
        calls: null,
        canPause: false,
        canResume: false,
        failure: null,
        refreshedAt: null
      }
  )
}

export function LaunchHeading({ launch }: { launch: LaunchSummary }) {
  const { t, i18n } = useTranslation()
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short'
  }).format(new Date(launch.createdAt))
  return (
    <div className="campaign-card__heading">
      <div>
        <h2>{launch.name}</h2>
        <p className="muted">{t('campaigns.launchedAt', { date, file: launch.sourceFile })}</p>
      </div>
      <span className="campaign-card__meta">
        {launch.simulated === true && <SimulationTag title={t('simulation.campaign')} />}
        <span className={`tag ${launch.provider === 'kinbox' ? 'tag--ok' : 'tag--info'}`}>
          {providerName(launch.provider)}
        </span>
        <span className="muted">{t('campaigns.recipients', { count: launch.recipients })}</span>
      </span>
    </div>
  )
}

export function LaunchCard({ launch }: { launch: LaunchSummary }) {
  const { t } = useTranslation()
  const status = useCampaigns((s) => s.status[launch.launchId])
  const select = useCampaigns((s) => s.select)
  const parts = partsOf(launch, status)
  return (
    <li className="card campaign-card" data-testid="campaign-card" data-launch={launch.launchId}>
      <LaunchHeading launch={launch} />
      {parts.map((part) => (
        <PartStatus
          key={part.part}
          launchId={launch.launchId}
          provider={launch.provider}
          part={part}
          numbered={parts.length > 1}
        />
      ))}
      <div className="campaign-card__footer">
        <button
          type="button"
          className="button"
          disabled={!launch.parts.some((part) => part.campaignId !== null)}
          onClick={() => select(launch.launchId)}
        >
          {t('campaigns.open')}
        </button>
      </div>
    </li>
  )
}
