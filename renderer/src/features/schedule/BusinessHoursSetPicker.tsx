import { useTranslation } from 'react-i18next'
import { summarizeHours } from '../../../../shared/timing'
import { useSchedule } from './scheduleStore'
import { uiLanguage } from './time'

/** The account's business-hours sets, each shown by a summary of its hours (they have no names). */
export function BusinessHoursSetPicker() {
  const { t, i18n } = useTranslation()
  const state = useSchedule((s) => s.kinboxHours)
  const selected = useSchedule((s) => s.form.selectedSetId)
  const update = useSchedule((s) => s.update)
  const copy = useSchedule((s) => s.copySetToEditor)
  if (state.phase !== 'ready' || state.sets.length === 0) return null
  const lang = uiLanguage(i18n.language)
  return (
    <fieldset className="set-picker" data-testid="business-hours-sets">
      <legend className="sfield__label">{t('schedule.hours.sets')}</legend>
      {state.sets.map((set, index) => (
        <div
          key={set.id}
          className={`set-picker__item ${selected === set.id ? 'set-picker__item--on' : ''}`}
        >
          <label className="set-picker__choice">
            <input
              type="radio"
              name="schedule-hours-set"
              checked={selected === set.id}
              onChange={() => update({ selectedSetId: set.id })}
            />
            <span>
              <strong>{t('schedule.hours.setName', { number: index + 1 })}</strong>
              <span className="set-picker__summary">{summarizeHours(set.hours, lang)}</span>
            </span>
          </label>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => copy(set.id)}
          >
            {t('schedule.hours.copyToEditor')}
          </button>
        </div>
      ))}
      <p className="sfield__hint">{t('schedule.hours.accountNote')}</p>
    </fieldset>
  )
}
