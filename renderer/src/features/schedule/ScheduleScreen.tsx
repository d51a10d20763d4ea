import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { shortcutAria, shortcutText } from '../../../../shared/ui/shortcuts'
import { isMac } from '../shell/keyboard'
import { useNavigation } from '../shell/navigationStore'
import { CadenceFields } from './CadenceFields'
import { HoursPanel } from './HoursPanel'
import { IntegraParts, IntegraSettings } from './IntegraPanel'
import { LeadCountField } from './LeadCountField'
import './messages'
import { PlanSummary } from './PlanSummary'
import './schedule.css'
import { useCampaign } from '../campaign/campaignStore'
import { ProviderPicker } from '../campaign/ProviderPicker'
import { launchableCountOf, useClean } from '../clean/cleanStore'
import { useSchedule } from './scheduleStore'
import { StartField } from './StartField'
import { Timeline } from './Timeline'
import { TimeZoneField } from './TimeZoneField'
import { WarningsPanel } from './WarningsPanel'

/** Agendar: when and at what pace the campaign goes out, previewed as the user types. */
export function ScheduleScreen() {
  const { t } = useTranslation()
  const provider = useCampaign((s) => s.provider)
  const launchable = useClean(launchableCountOf)
  const loadBusinessHours = useSchedule((s) => s.loadBusinessHours)
  const update = useSchedule((s) => s.update)

  useEffect(() => {
    // The token may have been saved in Settings since the last visit: ask Kinbox again.
    void loadBusinessHours()
  }, [loadBusinessHours])

  useEffect(() => {
    // The plan reads the campaign's provider and Limpar's count: plan again when they change.
    update({})
  }, [provider, launchable, update])

  return (
    <div className="schedule" data-testid="schedule-screen">
      <header className="step-top">
        <div>
          <h1>{t('schedule.title')}</h1>
          <p className="muted">{t('schedule.intro')}</p>
        </div>
        <ProviderPicker look="segmented" testId="schedule-provider" />
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
  const integra = useCampaign((s) => s.provider === 'integra')
  const blocked = useSchedule((s) =>
    integra ? s.integraParts === null : s.plan.status !== 'ready'
  )
  const failed = useSchedule((s) =>
    integra ? s.integraParts === null : s.plan.status === 'failed' || s.plan.status === 'invalid'
  )
  return (
    <footer className="schedule__footer">
      {failed && <span className="sfield__problem">{t('schedule.footer.blocked')}</span>}
      <button
        type="button"
        className="button button--primary"
        disabled={blocked}
        onClick={() => open('launch')}
        title={`${t('steps.next')} (${shortcutText('next-step', isMac())})`}
        aria-keyshortcuts={shortcutAria('next-step', isMac())}
        data-testid="schedule-continue"
      >
        {t('schedule.footer.next')} →
      </button>
    </footer>
  )
}
