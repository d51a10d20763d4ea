import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../shell/navigationStore'
import { CadenceFields } from './CadenceFields'
import { HoursPanel } from './HoursPanel'
import { IntegraParts, IntegraSettings } from './IntegraPanel'
import { LeadCountField } from './LeadCountField'
import './messages'
import { PlanSummary } from './PlanSummary'
import { ProviderSwitch } from './ProviderSwitch'
import './schedule.css'
import { useSchedule } from './scheduleStore'
import { StartField } from './StartField'
import { Timeline } from './Timeline'
import { TimeZoneField } from './TimeZoneField'
import { WarningsPanel } from './WarningsPanel'

/** Agendar: when and at what pace the campaign goes out, previewed as the user types. */
export function ScheduleScreen() {
  const { t } = useTranslation()
  const provider = useSchedule((s) => s.form.provider)
  const loadBusinessHours = useSchedule((s) => s.loadBusinessHours)
  const update = useSchedule((s) => s.update)

  useEffect(() => {
    // The token may have been saved in Settings since the last visit: ask Kinbox again.
    void loadBusinessHours()
    update({})
  }, [loadBusinessHours, update])

  return (
    <div className="schedule" data-testid="schedule-screen">
      <header className="step-top">
        <div>
          <h1>{t('schedule.title')}</h1>
          <p className="muted">{t('schedule.intro')}</p>
        </div>
        <ProviderSwitch />
      </header>
      <div className="step-columns schedule__layout">
        <div className="step-column">
          <section className="card schedule__card" aria-label={t('schedule.start.legend')}>
            <div className="schedule__fields">
              <LeadCountField />
              <TimeZoneField />
            </div>
            <StartField />
          </section>
          {provider === 'kinbox' ? (
            <>
              <CadenceFields />
              <HoursPanel />
            </>
          ) : (
            <IntegraSettings />
          )}
        </div>
        <aside className="step-column step-side">
          {provider === 'kinbox' ? (
            <>
              <PlanSummary />
              <WarningsPanel />
            </>
          ) : (
            <IntegraParts />
          )}
        </aside>
      </div>
      {provider === 'kinbox' && <Timeline />}
      <ScheduleFooter />
    </div>
  )
}

function ScheduleFooter() {
  const { t } = useTranslation()
  const open = useNavigation((s) => s.open)
  const blocked = useSchedule((s) =>
    s.form.provider === 'integra' ? s.integraParts === null : s.plan.status !== 'ready'
  )
  const failed = useSchedule((s) =>
    s.form.provider === 'integra'
      ? s.integraParts === null
      : s.plan.status === 'failed' || s.plan.status === 'invalid'
  )
  return (
    <footer className="schedule__footer">
      {failed && <span className="sfield__problem">{t('schedule.footer.blocked')}</span>}
      <button
        type="button"
        className="button button--primary"
        disabled={blocked}
        onClick={() => open('launch')}
      >
        {t('schedule.footer.next')} →
      </button>
    </footer>
  )
}
