import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FOLLOW_UP_RESULTS, type CampaignResults } from '../../../../shared/ipc/campaigns'
import type { LaunchProvider } from '../../../../shared/launch/types'
import { PROVIDERS } from '../../../../shared/providers/provider'
import { followUpLeads, startFollowUp } from './followUp'
import { resultLabel } from './labels'

/**
 * Follow-up: who to reach again (Kinbox: not read, not answered; Integra: not picked up),
 * on either provider — by default the other one (a WhatsApp for who did not pick up, a call
 * for who did not answer).
 */
export function FollowUpPanel({
  results,
  counts
}: {
  results: CampaignResults
  counts: ReadonlyMap<string, number>
}) {
  const { t } = useTranslation()
  const [picked, setPicked] = useState<Set<string>>(
    () => new Set(FOLLOW_UP_RESULTS[results.provider])
  )
  const [provider, setProvider] = useState<LaunchProvider>(
    results.provider === 'kinbox' ? 'integra' : 'kinbox'
  )
  const [state, setState] = useState<'idle' | 'starting' | 'failed'>('idle')
  const leads = useMemo(() => followUpLeads(results, picked), [results, picked])
  const keys = [...counts.keys()]

  function toggle(key: string): void {
    const next = new Set(picked)
    if (next.has(key)) next.delete(key)
    else next.add(key)
    setPicked(next)
  }

  async function start(): Promise<void> {
    setState('starting')
    const name = t('campaigns.followUp.fileName', { name: results.name })
    const ok = await startFollowUp(results, leads, provider, name)
    if (!ok) setState('failed')
  }

  return (
    <section className="card follow-up" aria-labelledby="follow-up-title" data-testid="follow-up">
      <h3 id="follow-up-title">{t('campaigns.followUp.title')}</h3>
      <p className="muted">{t('campaigns.followUp.intro')}</p>
      <fieldset>
        <legend>{t('campaigns.followUp.who')}</legend>
        {keys.map((key) => (
          <label key={key} className="follow-up__choice">
            <input type="checkbox" checked={picked.has(key)} onChange={() => toggle(key)} />
            {resultLabel(t, results.provider, key)}{' '}
            <span className="muted">({counts.get(key)})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('campaigns.followUp.provider')}</legend>
        {PROVIDERS.map((id) => (
          <label key={id} className="follow-up__choice">
            <input
              type="radio"
              name="follow-up-provider"
              checked={provider === id}
              onChange={() => setProvider(id)}
            />
            {t(`campaigns.followUp.${id}`)}
          </label>
        ))}
      </fieldset>
      <p data-testid="follow-up-count">
        <strong>{t('campaigns.followUp.count', { count: leads.length })}</strong>
      </p>
      <button
        type="button"
        className="button button--primary"
        disabled={leads.length === 0 || state === 'starting'}
        onClick={() => void start()}
      >
        {state === 'starting' ? t('campaigns.followUp.starting') : t('campaigns.followUp.start')}
      </button>
      <p className="muted">
        {leads.length === 0 ? t('campaigns.followUp.none') : t('campaigns.followUp.hint')}
      </p>
      {state === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t('campaigns.followUp.failed')}
        </p>
      )}
    </section>
  )
}
