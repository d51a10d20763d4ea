import { useTranslation } from 'react-i18next'
import { useFlow } from '../flow/flowStore'
import { useImport } from '../import/importStore'
import { mapOutput, useMap } from '../map/mapStore'
import { useSchedule } from '../schedule/scheduleStore'
import { NeedsImport } from '../shell/EmptyStep'
import { ReviewItem } from './ReviewItem'
import './messages'
import './launch.css'

/** Disparar: a plain review of what each step will hand to the launch. */
export function ReviewScreen() {
  const { t, i18n } = useTranslation()
  const table = useImport((s) => s.table)
  const launchable = useFlow((s) => s.launchableCount)
  // The whole draft: the review follows every mapping edit (mapOutput reads it).
  const { provider } = useMap()
  const plan = useSchedule((s) => s.plan)
  if (!table) return <NeedsImport />

  const mapping = mapOutput()
  const finish =
    plan.status === 'ready' && plan.totals.finishedAt !== null
      ? new Intl.DateTimeFormat(i18n.language, {
          dateStyle: 'short',
          timeStyle: 'short',
          timeZone: plan.totals.timeZone
        }).format(plan.totals.finishedAt)
      : null
  const providerName = provider === 'integra' ? 'Integra' : 'Kinbox'

  return (
    <div className="screen review" data-testid="review-screen">
      <header>
        <h1>{t('launch.title')}</h1>
        <p className="muted">{t('launch.intro')}</p>
      </header>
      <ol className="card review__list">
        <ReviewItem
          step="clean"
          title={t('launch.list.title')}
          ready={(launchable ?? 0) > 0}
          text={
            (launchable ?? 0) > 0
              ? t('launch.list.ready', { file: table.file, count: launchable ?? 0 })
              : t('launch.list.none')
          }
        />
        <ReviewItem
          step="map"
          title={t('launch.mapping.title')}
          ready={mapping !== null}
          text={
            mapping
              ? t('launch.mapping.ready', {
                  provider: providerName,
                  count: mapping.mapping.variables.length
                })
              : t('launch.mapping.missing')
          }
        />
        <ReviewItem
          step="schedule"
          title={t('launch.schedule.title')}
          ready={finish !== null}
          text={
            finish !== null && plan.status === 'ready'
              ? t('launch.schedule.ready', { count: plan.totals.chunksCount, finish })
              : t('launch.schedule.missing')
          }
        />
      </ol>
      <p className="notice notice--warn">{t('launch.notYet')}</p>
    </div>
  )
}
