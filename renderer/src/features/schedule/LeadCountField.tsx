import { useTranslation } from 'react-i18next'
import { launchableCountOf, useClean } from '../clean/cleanStore'
import { NumberField } from './NumberField'
import { useSchedule } from './scheduleStore'

/** The cleaned list's count, or a what-if count typed here while there is none. */
export function LeadCountField() {
  const { t, i18n } = useTranslation()
  const launchable = useClean(launchableCountOf)
  const leadsText = useSchedule((s) => s.form.leadsText)
  const problem = useSchedule((s) => s.problems.leads)
  const update = useSchedule((s) => s.update)
  if (launchable !== null) {
    return (
      <div className="sfield">
        <span className="sfield__label">{t('schedule.leads.label')}</span>
        <strong className="lead-count" data-testid="lead-count">
          {t('schedule.leads.fromList', {
            count: launchable,
            n: launchable.toLocaleString(i18n.language)
          })}
        </strong>
        <span className="sfield__hint">{t('schedule.leads.fromListHint')}</span>
      </div>
    )
  }
  return (
    <div className="lead-whatif">
      <NumberField
        label={t('schedule.leads.label')}
        value={leadsText}
        onChange={(value) => update({ leadsText: value })}
        problem={problem}
        hint={t('schedule.leads.whatIfHint')}
        testId="leads-input"
      />
      <span className="tag tag--warn lead-whatif__tag">{t('schedule.leads.whatIf')}</span>
    </div>
  )
}
