import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useSchedule } from './scheduleStore'
import { userTimeZone, zoneOptions } from './time'

/** The business hours' IANA zone; every time on this screen is shown in it. */
export function TimeZoneField() {
  const { t } = useTranslation()
  const id = useId()
  const zone = useSchedule((s) => s.form.timeZone)
  const update = useSchedule((s) => s.update)
  const mine = userTimeZone()
  const { brazil, world } = zoneOptions([zone, mine])
  return (
    <div className="sfield">
      <label htmlFor={id}>{t('schedule.zone.label')}</label>
      <select id={id} value={zone} onChange={(e) => update({ timeZone: e.target.value })}>
        <optgroup label={t('schedule.zone.brazil')}>
          {brazil.map((o) => (
            <option key={o.zone} value={o.zone}>
              {o.label}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('schedule.zone.world')}>
          {world.map((o) => (
            <option key={o.zone} value={o.zone}>
              {o.label}
            </option>
          ))}
        </optgroup>
      </select>
      <span className="sfield__hint">
        {mine === zone
          ? t('schedule.zone.hint')
          : t('schedule.zone.yours', { zone: mine.replace(/_/g, ' ') })}
      </span>
    </div>
  )
}
