import { useTranslation } from 'react-i18next'
import { useMap } from './mapStore'

/** Headers that look like a known field: shown with their confidence, applied in one click. */
export function SuggestionList() {
  const { t } = useTranslation()
  const suggestions = useMap((s) => s.suggestions)
  const columns = useMap((s) => s.columns)
  const accept = useMap((s) => s.acceptSuggestion)
  const dismiss = useMap((s) => s.dismissSuggestion)
  if (suggestions.length === 0) return null
  return (
    <section className="card map-suggestions" aria-labelledby="map-suggestions-title">
      <h2 id="map-suggestions-title">{t('map.suggestions.title')}</h2>
      <ul data-testid="map-suggestions">
        {suggestions.map((s) => {
          const column = columns[s.column]?.header ?? ''
          const what =
            s.target === 'variable'
              ? t('map.suggestions.variable', { key: s.key })
              : t(`map.roles.${s.target}`)
          return (
            <li key={s.id}>
              <span>{t('map.suggestions.looksLike', { column, what })}</span>
              <span className="tag">
                {t('map.suggestions.confidence', { percent: Math.round(s.confidence * 100) })}
              </span>
              <button type="button" className="button map-small" onClick={() => accept(s.id)}>
                {t('map.suggestions.accept')}
              </button>
              <button
                type="button"
                className="button button--ghost map-small"
                onClick={() => dismiss(s.id)}
                aria-label={t('map.suggestions.dismissNamed', { column })}
              >
                {t('map.suggestions.dismiss')}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
