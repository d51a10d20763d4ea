import { useTranslation } from 'react-i18next'
import { useCampaignName } from './campaignName'

/** The campaign's name, suggested from the file and the day, editable. */
export function CampaignNameField() {
  const { t } = useTranslation()
  const value = useCampaignName((s) => s.value)
  const suggested = useCampaignName((s) => s.suggested)
  const set = useCampaignName((s) => s.set)
  const reset = useCampaignName((s) => s.reset)
  return (
    <section className="card launch-card" aria-labelledby="launch-name-label">
      <label className="launch-name" htmlFor="launch-name">
        <span id="launch-name-label" className="launch-card__title">
          {t('launch.name.label')}
        </span>
        <input
          id="launch-name"
          className="launch-input"
          value={value}
          maxLength={200}
          aria-describedby="launch-name-hint"
          aria-invalid={value.trim() === ''}
          onChange={(e) => set(e.target.value)}
          data-testid="launch-name"
        />
      </label>
      <div className="launch-name__foot">
        <p id="launch-name-hint" className="muted">
          {t('launch.name.hint')}
        </p>
        {value !== suggested && (
          <button type="button" className="button button--ghost launch-small" onClick={reset}>
            {t('launch.name.reset')}
          </button>
        )}
      </div>
    </section>
  )
}
