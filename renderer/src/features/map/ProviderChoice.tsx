import { useTranslation } from 'react-i18next'
import type { Provider } from '../../../../shared/mapping'
import { useMap } from './mapStore'

const PROVIDERS: readonly Provider[] = ['kinbox', 'integra']

/** Where the list goes: WhatsApp by Kinbox or voice calls by Integra's agent. */
export function ProviderChoice() {
  const { t } = useTranslation()
  const provider = useMap((s) => s.provider)
  const setProvider = useMap((s) => s.setProvider)
  return (
    <fieldset className="map-provider" data-testid="map-provider">
      <legend>{t('map.provider.label')}</legend>
      {PROVIDERS.map((id) => (
        <label key={id} className={`map-provider__option ${provider === id ? 'is-on' : ''}`}>
          <input
            type="radio"
            name="map-provider"
            value={id}
            checked={provider === id}
            onChange={() => setProvider(id)}
          />
          <span>
            <strong>{t(`map.provider.${id}.name`)}</strong>
            <small>{t(`map.provider.${id}.hint`)}</small>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
