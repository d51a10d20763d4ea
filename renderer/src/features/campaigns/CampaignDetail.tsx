import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LaunchSummary } from '../../../../shared/ipc/launch'
import { api } from '../../api/client'
import { useCampaigns } from './campaignsStore'
import { FollowUpPanel } from './FollowUpPanel'
import { resultKey } from './followUp'
import { failureText, resultLabel } from './labels'
import { LaunchHeading, partsOf } from './LaunchCard'
import { PartStatus } from './PartStatus'
import { ResultsTable } from './ResultsTable'
import { SentPanel } from './SentPanel'

type ExportState = { kind: 'idle' } | { kind: 'saved'; name: string } | { kind: 'failed' }

/**
 * One launch: its parts with Pausar / Retomar, what was sent (its draft), every lead's result,
 * export and follow-up.
 */
export function CampaignDetail({ launch }: { launch: LaunchSummary }) {
  const { t } = useTranslation()
  const status = useCampaigns((s) => s.status[launch.launchId])
  const results = useCampaigns((s) => s.results)
  const loading = useCampaigns((s) => s.resultsLoading)
  const failed = useCampaigns((s) => s.resultsError)
  const select = useCampaigns((s) => s.select)
  const [filter, setFilter] = useState('all')
  const [exported, setExported] = useState<ExportState>({ kind: 'idle' })
  const parts = partsOf(launch, status)

  const counts = useMemo(() => {
    const map = new Map<string, number>()
    for (const lead of results?.leads ?? []) {
      map.set(resultKey(lead), (map.get(resultKey(lead)) ?? 0) + 1)
    }
    return map
  }, [results])
  const shown = useMemo(
    () => (results?.leads ?? []).filter((lead) => filter === 'all' || resultKey(lead) === filter),
    [results, filter]
  )

  async function exportAs(format: 'csv' | 'xlsx'): Promise<void> {
    try {
      const answer = await api('exportCampaignResults', { launchId: launch.launchId, format })
      if (answer.saved && answer.name) setExported({ kind: 'saved', name: answer.name })
    } catch {
      setExported({ kind: 'failed' })
    }
  }

  return (
    <div className="campaign-detail" data-testid="campaign-detail">
      <button type="button" className="button button--ghost" onClick={() => select(null)}>
        {t('campaigns.back')}
      </button>
      <section className="card campaign-card">
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
      </section>
      <SentPanel key={launch.launchId} launchId={launch.launchId} />
      <div className="campaign-detail__columns">
        <section className="card campaign-results" aria-labelledby="results-title">
          <div className="campaign-results__bar">
            <h3 id="results-title">
              {t('campaigns.detail.results', { count: results?.leads.length ?? 0 })}
            </h3>
            <label className="field field--inline">
              <span>{t('campaigns.detail.filter')}</span>
              <select
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                data-testid="results-filter"
              >
                <option value="all">
                  {t('campaigns.detail.all')} ({results?.leads.length ?? 0})
                </option>
                {[...counts].map(([key, n]) => (
                  <option key={key} value={key}>
                    {resultLabel(t, launch.provider, key)} ({n})
                  </option>
                ))}
              </select>
            </label>
            <span className="campaign-results__exports">
              <button type="button" className="button" onClick={() => void exportAs('xlsx')}>
                {t('campaigns.export.xlsx')}
              </button>
              <button type="button" className="button" onClick={() => void exportAs('csv')}>
                {t('campaigns.export.csv')}
              </button>
            </span>
          </div>
          {exported.kind === 'saved' && (
            <p className="notice notice--ok" role="status">
              {t('campaigns.export.saved', { name: exported.name })}
            </p>
          )}
          {exported.kind === 'failed' && (
            <p className="notice notice--error" role="alert">
              {t('campaigns.export.failed')}
            </p>
          )}
          {results?.failures.map(({ part, failure }) => (
            <p key={part} className="notice notice--warn">
              {t('campaigns.detail.partFailed', {
                part,
                reason: failureText(t, launch.provider, failure)
              })}
            </p>
          ))}
          {failed && (
            <p className="notice notice--error" role="alert">
              {t('campaigns.listError')}
            </p>
          )}
          {results === null ? (
            loading && <p className="muted">{t('campaigns.detail.loading')}</p>
          ) : (
            <ResultsTable results={results} leads={shown} />
          )}
        </section>
        {results !== null && results.leads.length > 0 && (
          <FollowUpPanel key={results.launchId} results={results} counts={counts} />
        )}
      </div>
    </div>
  )
}
