import { useTranslation } from 'react-i18next'
import { useCampaign } from '../campaign/campaignStore'

/** The campaign's name, suggested from the file and the day, editable. */
export function CampaignNameField() {
  const { t } = useTranslation()
  const value = useCampaign((s) => s.name)
  const suggested = useCampaign((s) => s.suggestedName)
  const set = useCampaign((s) => s.setName)
  const reset = useCampaign((s) => s.resetName)
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
