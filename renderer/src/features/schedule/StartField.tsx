import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useSchedule } from './scheduleStore'

/** "Agora" or a wall date and time in the business hours' zone. */
export function StartField() {
  const { t } = useTranslation()
  const id = useId()
  const mode = useSchedule((s) => s.form.startMode)
  const startLocal = useSchedule((s) => s.form.startLocal)
  const zone = useSchedule((s) => s.form.timeZone)
  const problem = useSchedule((s) => s.problems.start)
  const update = useSchedule((s) => s.update)
  return (
    <fieldset className="sfield start-field">
      <legend className="sfield__label">{t('schedule.start.legend')}</legend>
      <div className="start-field__row">
        <label className="radio">
          <input
            type="radio"
            name="schedule-start"
            checked={mode === 'now'}
            onChange={() => update({ startMode: 'now' })}
          />
          {t('schedule.start.now')}
        </label>
        <label className="radio">
          <input
            type="radio"
            name="schedule-start"
            checked={mode === 'at'}
            onChange={() => update({ startMode: 'at' })}
          />
          {t('schedule.start.at')}
        </label>
        <input
          id={id}
          type="datetime-local"
          className="start-field__input"
          aria-label={t('schedule.start.label')}
          value={startLocal}
          disabled={mode === 'now'}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => update({ startLocal: e.target.value, startMode: 'at' })}
        />
      </div>
      {problem && mode === 'at' ? (
        <span className="sfield__problem">{t(`schedule.problems.${problem}`)}</span>
      ) : (
        <span className="sfield__hint">
          {t('schedule.start.inZone', { zone: zone.replace(/_/g, ' ') })}
        </span>
      )}
    </fieldset>
  )
}
