import { useTranslation } from 'react-i18next'
import type { LaunchProvider } from '../../../../shared/launch/types'
import { useMap } from '../map/mapStore'
import { useSchedule } from '../schedule/scheduleStore'

const PROVIDERS: readonly LaunchProvider[] = ['kinbox', 'integra']

/** Kinbox or Integra: Mapear's choice, and Agendar's view follows it so both steps agree. */
export function ProviderPick() {
  const { t } = useTranslation()
  const provider = useMap((s) => s.provider)
  const setProvider = useMap((s) => s.setProvider)
  const update = useSchedule((s) => s.update)
  const choose = (id: LaunchProvider) => {
    setProvider(id)
    update({ provider: id })
  }
  return (
    <fieldset className="segmented" data-testid="launch-provider">
      <legend className="visually-hidden">{t('launch.provider.label')}</legend>
      {PROVIDERS.map((id) => (
        <label
          key={id}
          className={`segmented__option ${provider === id ? 'segmented__option--on' : ''}`}
        >
          <input
            type="radio"
            name="launch-provider"
            value={id}
            checked={provider === id}
            onChange={() => choose(id)}
          />
          {t(`launch.provider.${id}`)}
        </label>
      ))}
    </fieldset>
  )
}
