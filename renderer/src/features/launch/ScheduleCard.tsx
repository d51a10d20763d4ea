import { useTranslation } from 'react-i18next'
import type { LaunchPlan } from '../../../../shared/launch/types'
import type { ScheduleForm } from '../schedule/formModel'
import { useNavigation } from '../shell/navigationStore'
import { useWhen } from './useWhen'

/** When it starts and is predicted to end, and at what pace, as the plan computed it. */
export function ScheduleCard({ plan, form }: { plan: LaunchPlan | null; form: ScheduleForm }) {
  const { t } = useTranslation()
  const open = useNavigation((s) => s.open)
  const when = useWhen()
  const zone = form.timeZone
  const first = plan?.parts[0]
  const last = plan?.parts.at(-1)
  const pace =
    plan?.provider === 'kinbox'
      ? t('launch.schedule.kinboxPace', {
          chunkSize: plan.parts[0]?.body.chunkSize ?? '',
          messageGap: plan.parts[0]?.body.secondsBetweenMessages ?? '',
          chunkGap: plan.parts[0]?.body.secondsBetweenChunks ?? ''
        })
      : plan?.provider === 'integra'
        ? t('launch.schedule.integraPace', {
            concurrent: plan.parts[0]?.body.config?.max_concurrent ?? '',
            average: form.averageCallText
          })
        : null
  return (
    <section className="card launch-card" aria-labelledby="launch-schedule-title">
      <div className="launch-card__top">
        <h2 id="launch-schedule-title" className="launch-card__title">
          {t('launch.schedule.title')}
        </h2>
        <button type="button" className="button launch-small" onClick={() => open('schedule')}>
          {t('launch.schedule.edit')}
        </button>
      </div>
      <dl className="launch-facts" data-testid="launch-schedule">
        <div>
          <dt>{t('launch.schedule.start')}</dt>
          <dd>{when(first?.scheduledAt ?? null, zone) ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('launch.schedule.finish')}</dt>
          <dd data-testid="launch-finish">
            {plan
              ? (when(last?.expectedEndAt ?? null, zone) ?? t('launch.schedule.noFinish'))
              : '—'}
          </dd>
        </div>
      </dl>
      {pace && <p className="muted">{pace}</p>}
      {plan?.provider === 'integra' && (
        <p className="muted">{t('launch.schedule.integraWindow', { zone })}</p>
      )}
    </section>
  )
}
