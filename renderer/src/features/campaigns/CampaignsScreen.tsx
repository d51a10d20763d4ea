import { useTranslation } from 'react-i18next'
import '../simulation/messages'
import { useSimulation } from '../simulation/simulationStore'
import { CampaignDetail } from './CampaignDetail'
import { useCampaigns } from './campaignsStore'
import { LaunchCard } from './LaunchCard'
import { AUTO_REFRESH_SECONDS, useAutoRefresh } from './useAutoRefresh'
import './messages'
import './campaigns.css'

/** Campanhas: every launch from the journals with its provider campaigns, kept current. */
export function CampaignsScreen() {
  const { t, i18n } = useTranslation()
  useAutoRefresh()
  const launches = useCampaigns((s) => s.launches)
  const loaded = useCampaigns((s) => s.loaded)
  const listError = useCampaigns((s) => s.listError)
  const refreshing = useCampaigns((s) => s.refreshing)
  const refreshedAt = useCampaigns((s) => s.refreshedAt)
  const refresh = useCampaigns((s) => s.refresh)
  const selected = useCampaigns((s) => s.selected)
  const open = launches.find((launch) => launch.launchId === selected)
  const simulation = useSimulation((s) => s.on)
  const time =
    refreshedAt === null
      ? null
      : new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(refreshedAt)

  return (
    <div className="screen campaigns" data-testid="campaigns-screen">
      <header className="campaigns__top">
        <div>
          <h1>{t('campaigns.title')}</h1>
          <p className="muted">{t('campaigns.intro')}</p>
        </div>
        <div className="campaigns__refresh">
          <button
            type="button"
            className="button"
            onClick={() => void refresh(true)}
            disabled={refreshing}
          >
            ↻ {refreshing ? t('campaigns.refreshing') : t('campaigns.refresh')}
          </button>
          <span className="muted" data-testid="campaigns-refreshed" aria-live="polite">
            {time === null ? t('campaigns.neverRefreshed') : t('campaigns.refreshedAt', { time })}
          </span>
          <span className="muted campaigns__pace">
            {t('campaigns.autoRefresh', { seconds: AUTO_REFRESH_SECONDS })}
          </span>
        </div>
      </header>
      {simulation && (
        <p className="notice notice--warn" data-testid="campaigns-simulation">
          {t('simulation.campaignsOn')}
        </p>
      )}
      {listError && (
        <p className="notice notice--error" role="alert">
          {t('campaigns.listError')}
        </p>
      )}
      {open ? (
        <CampaignDetail launch={open} />
      ) : loaded && launches.length === 0 ? (
        <p className="empty-state">{t('campaigns.empty')}</p>
      ) : (
        <ul className="campaigns__list">
          {launches.map((launch) => (
            <LaunchCard key={launch.launchId} launch={launch} />
          ))}
        </ul>
      )}
    </div>
  )
}
