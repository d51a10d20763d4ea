import { useTranslation } from 'react-i18next'
import { BusinessHoursSetPicker } from './BusinessHoursSetPicker'
import type { HoursSource } from './formModel'
import { HoursEditor } from './HoursEditor'
import { KinboxHoursNotice } from './KinboxHoursNotice'
import { useSchedule } from './scheduleStore'

const SOURCES: readonly HoursSource[] = ['account', 'editor', 'none']

/** Where the plan's business hours come from, and the hours themselves. */
export function HoursPanel() {
  const { t } = useTranslation()
  const source = useSchedule((s) => s.form.hoursSource)
  const kinbox = useSchedule((s) => s.kinboxHours)
  const problem = useSchedule((s) => s.problems.hours)
  const choose = useSchedule((s) => s.chooseSource)
  const hasSets = kinbox.phase === 'ready' && kinbox.sets.length > 0
  const editorTag = hasSets ? t('schedule.hours.whatIf') : t('schedule.hours.noAccount')
  return (
    <section className="card schedule__card" aria-labelledby="hours-title">
      <div>
        <h2 id="hours-title">{t('schedule.hours.title')}</h2>
        <p className="muted">{t('schedule.hours.intro')}</p>
      </div>
      <KinboxHoursNotice />
      <fieldset className="hours-source">
        <legend className="visually-hidden">{t('schedule.hours.source')}</legend>
        {SOURCES.map((id) => (
          <label
            key={id}
            className={`hours-source__option ${source === id ? 'hours-source__option--on' : ''} ${
              id === 'account' && !hasSets ? 'hours-source__option--off' : ''
            }`}
          >
            <input
              type="radio"
              name="schedule-hours-source"
              checked={source === id}
              disabled={id === 'account' && !hasSets}
              onChange={() => choose(id)}
            />
            {t(`schedule.hours.${id}`)}
            {id === 'editor' && <span className="tag tag--warn">{editorTag}</span>}
          </label>
        ))}
      </fieldset>
      {source === 'account' && <BusinessHoursSetPicker />}
      {source === 'editor' && <HoursEditor />}
      {source === 'none' && <p className="muted">{t('schedule.hours.noneHint')}</p>}
      {problem && <p className="sfield__problem">{t(`schedule.problems.${problem}`)}</p>}
    </section>
  )
}
