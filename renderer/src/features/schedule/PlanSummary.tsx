import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Instant } from './Instant'
import { useSchedule, type ReadyPlan } from './scheduleStore'
import { useFormat } from './useFormat'

/** The plan's totals, updated as the user types (computed in the timing worker). */
export function PlanSummary() {
  const { t } = useTranslation()
  const plan = useSchedule((s) => s.plan)
  const shown: ReadyPlan | null =
    plan.status === 'ready' ? plan : plan.status === 'computing' ? plan.previous : null
  const busy = plan.status === 'computing'
  return (
    <section
      className="card schedule__card summary"
      aria-labelledby="summary-title"
      aria-busy={busy}
      data-testid="plan-summary"
    >
      <header className="summary__header">
        <h2 id="summary-title">{t('schedule.summary.title')}</h2>
        {busy && (
          <span className="summary__busy" role="status">
            {t('schedule.summary.computing')}
          </span>
        )}
      </header>
      {plan.status === 'failed' && (
        <p className="notice notice--error" role="alert" data-testid="plan-error">
          {plan.error?.code === 'no_open_hours'
            ? t('schedule.errors.no_open_hours')
            : plan.error
              ? t('schedule.errors.invalid_input')
              : t('schedule.errors.worker', { message: plan.message ?? '' })}
        </p>
      )}
      {plan.status === 'invalid' && (
        <p className="notice notice--warn">{t('schedule.errors.invalid_input')}</p>
      )}
      {shown && <Totals plan={shown} />}
    </section>
  )
}

function Totals({ plan }: { plan: ReadyPlan }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { totals } = plan
  const zone = totals.timeZone
  if (totals.firstSendAt === null || totals.finishedAt === null) {
    return <p className="muted">{t('schedule.summary.empty')}</p>
  }
  return (
    <dl className="summary__grid">
      <Item label={t('schedule.summary.chunks')} testId="summary-chunks" big>
        {format.count(totals.chunksCount)}
      </Item>
      <Item label={t('schedule.summary.days')} testId="summary-days" big>
        {t('schedule.summary.daysValue', { count: totals.daysSpanned })}
        <span className="summary__sub">
          {t('schedule.summary.sendingDays', { count: totals.perDay.length })}
        </span>
      </Item>
      <Item label={t('schedule.summary.firstSend')} testId="summary-first" wide>
        <Instant ms={totals.firstSendAt} zone={zone} />
      </Item>
      <Item label={t('schedule.summary.finish')} testId="summary-finish" wide strong>
        <Instant ms={totals.finishedAt} zone={zone} />
      </Item>
      <Item label={t('schedule.summary.duration')} testId="summary-duration">
        {format.duration(totals.durationMs)}
        <span className="summary__sub">{t('schedule.summary.durationHint')}</span>
      </Item>
      <Item label={t('schedule.summary.rate')} testId="summary-rate">
        {totals.messagesPerHour === null
          ? t('schedule.summary.instant')
          : format.count(Math.round(totals.messagesPerHour * 10) / 10)}
        <span className="summary__sub">{t('schedule.summary.rateHint')}</span>
      </Item>
    </dl>
  )
}

interface ItemProps {
  label: string
  testId: string
  children: ReactNode
  big?: boolean
  wide?: boolean
  strong?: boolean
}

function Item({ label, testId, children, big, wide, strong }: ItemProps) {
  const classes = ['summary__item']
  if (big) classes.push('summary__item--big')
  if (wide) classes.push('summary__item--wide')
  if (strong) classes.push('summary__item--strong')
  return (
    <div className={classes.join(' ')}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  )
}
