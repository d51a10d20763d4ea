import { useTranslation } from 'react-i18next'
import type { Provider } from './formModel'
import { useSchedule } from './scheduleStore'

const PROVIDERS: readonly Provider[] = ['kinbox', 'integra']

/** Kinbox (WhatsApp chunks) or Integra (call parts): the plan this screen previews. */
export function ProviderSwitch() {
  const { t } = useTranslation()
  const provider = useSchedule((s) => s.form.provider)
  const update = useSchedule((s) => s.update)
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('schedule.provider.label')}</legend>
      {PROVIDERS.map((id) => (
        <label
          key={id}
          className={`segmented__option ${provider === id ? 'segmented__option--on' : ''}`}
        >
          <input
            type="radio"
            name="schedule-provider"
            value={id}
            checked={provider === id}
            onChange={() => update({ provider: id })}
          />
          {t(`schedule.provider.${id}`)}
        </label>
      ))}
    </fieldset>
  )
}
