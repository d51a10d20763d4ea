import { useTranslation } from 'react-i18next'
import { WEEKDAYS, type Weekday } from '../../../../shared/timing'
import { intervalProblem, type EditorDay } from './formModel'
import { useSchedule } from './scheduleStore'

/** The weekly grid typed by hand: per weekday an on/off switch and one or more intervals. */
export function HoursEditor() {
  const { t } = useTranslation()
  const editor = useSchedule((s) => s.form.editor)
  return (
    <div className="hours-editor" data-testid="hours-editor">
      <ul className="hours-editor__days">
        {WEEKDAYS.map((day) => (
          <DayRow key={day} day={day} value={editor[day]} label={t(`schedule.hours.days.${day}`)} />
        ))}
      </ul>
      <p className="sfield__hint">{t('schedule.hours.midnight')}</p>
    </div>
  )
}

function DayRow({ day, value, label }: { day: Weekday; value: EditorDay; label: string }) {
  const { t } = useTranslation()
  const setDay = useSchedule((s) => s.setDay)
  const setInterval = useSchedule((s) => s.setInterval)
  const addInterval = useSchedule((s) => s.addInterval)
  const removeInterval = useSchedule((s) => s.removeInterval)
  return (
    <li
      className={`hours-day ${value.active ? '' : 'hours-day--closed'}`}
      data-testid={`hours-${day}`}
    >
      <label className="hours-day__toggle">
        <input
          type="checkbox"
          role="switch"
          checked={value.active}
          aria-label={`${label}: ${t('schedule.hours.open')}`}
          onChange={(e) => setDay(day, { active: e.target.checked })}
        />
        <span className="hours-day__name">{label}</span>
      </label>
      {value.active ? (
        <div className="hours-day__intervals">
          {value.intervals.map((interval, index) => {
            const problem = intervalProblem(interval)
            const number = index + 1
            return (
              <div key={index} className="hours-interval">
                <span className="hours-interval__word">{t('schedule.hours.from')}</span>
                <input
                  type="time"
                  value={interval.open}
                  aria-label={t('schedule.hours.openAt', { day: label, number })}
                  aria-invalid={problem ? true : undefined}
                  onChange={(e) => setInterval(day, index, { open: e.target.value })}
                />
                <span className="hours-interval__word">{t('schedule.hours.to')}</span>
                <input
                  type="time"
                  value={interval.close}
                  aria-label={t('schedule.hours.closeAt', { day: label, number })}
                  aria-invalid={problem ? true : undefined}
                  onChange={(e) => setInterval(day, index, { close: e.target.value })}
                />
                <button
                  type="button"
                  className="button button--ghost button--icon"
                  aria-label={t('schedule.hours.removeInterval', { day: label, number })}
                  title={t('schedule.hours.removeInterval', { day: label, number })}
                  onClick={() => removeInterval(day, index)}
                >
                  ×
                </button>
                {problem && (
                  <span className="sfield__problem">{t(`schedule.hours.problem.${problem}`)}</span>
                )}
              </div>
            )
          })}
        </div>
      ) : (
        <span className="hours-day__closed">{t('schedule.hours.closed')}</span>
      )}
      <button
        type="button"
        className="button button--ghost button--small hours-day__add"
        aria-label={t('schedule.hours.addIntervalTo', { day: label })}
        onClick={() => addInterval(day)}
      >
        + {t('schedule.hours.addInterval')}
      </button>
    </li>
  )
}
