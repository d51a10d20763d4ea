import { useTranslation } from 'react-i18next'
import { sameClock, userTimeZone } from './time'
import { useFormat } from './useFormat'

/** An instant in the business hours' zone, with the user's own time beside when it differs. */
export function Instant({ ms, zone, seconds }: { ms: number; zone: string; seconds?: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const mine = userTimeZone()
  const options = seconds ? { seconds: true } : {}
  return (
    <span className="instant">
      <span className="instant__main">{format.when(ms, zone, options)}</span>
      {!sameClock(ms, zone, mine) && (
        <span className="instant__mine">
          {t('schedule.summary.yourTime', { time: format.when(ms, mine, { weekday: false }) })}
        </span>
      )}
    </span>
  )
}
