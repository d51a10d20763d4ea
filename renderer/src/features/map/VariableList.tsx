import { useTranslation } from 'react-i18next'
import { keyErrors } from './draft'
import { useCampaign } from '../campaign/campaignStore'
import { useMap } from './mapStore'
import { VariableRow } from './VariableRow'

/** The variables sent with each lead, in order (the Kinbox file's column order). */
export function VariableList() {
  const { t } = useTranslation()
  const provider = useCampaign((s) => s.provider)
  const variables = useMap((s) => s.variables)
  const addVariable = useMap((s) => s.addVariable)
  const errors = keyErrors(variables)
  return (
    <section className="card map-variables" aria-labelledby="map-variables-title">
      <div className="map-section-top">
        <div>
          <h2 id="map-variables-title">{t('map.variables.title', { count: variables.length })}</h2>
          <p className="muted">{t(`map.variables.hint.${provider}`)}</p>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => addVariable()}
          data-testid="add-variable"
        >
          + {t('map.variables.add')}
        </button>
      </div>
      {variables.length === 0 ? (
        <p className="muted">{t('map.variables.none')}</p>
      ) : (
        <ol className="map-variable-list">
          {variables.map((variable, i) => (
            <VariableRow
              key={variable.id}
              variable={variable}
              errors={errors.get(variable.id) ?? []}
              position={i}
              count={variables.length}
            />
          ))}
        </ol>
      )}
    </section>
  )
}
