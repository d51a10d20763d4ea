import { useTranslation } from 'react-i18next'
import { useNavigation } from '../shell/navigationStore'
import { useSchedule } from './scheduleStore'

const WORDED = ['not_configured', 'auth', 'network', 'timeout', 'rate_limited'] as const
type Worded = (typeof WORDED)[number]
const isWorded = (kind: string): kind is Worded => (WORDED as readonly string[]).includes(kind)

/** Loading the account's business hours, or why they could not be had (the editor stands in). */
export function KinboxHoursNotice() {
  const { t } = useTranslation()
  const state = useSchedule((s) => s.kinboxHours)
  const reload = useSchedule((s) => s.loadBusinessHours)
  const open = useNavigation((s) => s.open)

  if (state.phase === 'loading') {
    return (
      <p className="notice notice--info" role="status">
        {t('schedule.hours.loading')}
      </p>
    )
  }
  if (state.phase === 'ready' && state.sets.length === 0) {
    return <p className="notice notice--warn">{t('schedule.hours.noSets')}</p>
  }
  if (state.phase !== 'failed') return null

  const { kind, message } = state.failure
  const calm = kind === 'not_configured'
  const text = isWorded(kind)
    ? t(`schedule.hours.failure.${kind}`)
    : t('schedule.hours.failure.other', { message })
  const needsSettings = kind === 'not_configured' || kind === 'auth'
  return (
    <div
      className={`notice ${calm ? 'notice--info' : 'notice--error'} hours-notice`}
      role={calm ? 'status' : 'alert'}
      data-testid="kinbox-hours-failure"
    >
      <span>
        {text} {!calm && t('schedule.hours.failure.fallback')}
      </span>
      {needsSettings ? (
        <button type="button" className="button" onClick={() => open('settings')}>
          {t('schedule.hours.failure.openSettings')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void reload()}>
          {t('schedule.hours.failure.retry')}
        </button>
      )}
    </div>
  )
}
