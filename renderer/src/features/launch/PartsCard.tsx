import { useTranslation } from 'react-i18next'
import type { LaunchSummary } from '../../../../shared/ipc/launch'
import { parseLaunchWarning } from '../../../../shared/launch'
import type { LaunchPlan } from '../../../../shared/launch/types'
import { useFormat } from '../schedule/useFormat'
import { useWhen } from './useWhen'

interface PartsCardProps {
  plan: LaunchPlan | null
  building: boolean
  zone: string
  /** This plan's journal, when it was started: each part's status. */
  run: LaunchSummary | null
}

/** The provider campaigns the plan creates: one for Kinbox, 10,000 contacts each for Integra. */
export function PartsCard({ plan, building, zone, run }: PartsCardProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const when = useWhen()
  const parts = plan?.parts ?? []
  return (
    <section
      className="card launch-card"
      aria-labelledby="launch-parts-title"
      aria-busy={building}
      data-testid="launch-parts"
      data-provider={plan?.provider ?? ''}
    >
      <div className="launch-card__top">
        <h2 id="launch-parts-title" className="launch-card__title">
          {plan
            ? t('launch.parts.title', { count: parts.length })
            : t('launch.parts.title', { count: 0 })}
        </h2>
        {building && (
          <span className="muted" role="status">
            {t('launch.parts.building')}
          </span>
        )}
      </div>
      {!plan ? (
        <p className="muted">{t('launch.parts.none')}</p>
      ) : (
        <>
          {parts.length > 1 && (
            <p className="muted">{t('launch.parts.split', { count: parts.length })}</p>
          )}
          <div className="launch-table-wrap">
            <table className="launch-table">
              <thead>
                <tr>
                  <th scope="col">{t('launch.parts.name')}</th>
                  <th scope="col">{t('launch.parts.recipients')}</th>
                  <th scope="col">{t('launch.parts.start')}</th>
                  <th scope="col">{t('launch.parts.end')}</th>
                  {run && <th scope="col">{t('launch.parts.status')}</th>}
                </tr>
              </thead>
              <tbody>
                {parts.map((part) => {
                  const status = run?.parts.find((p) => p.part === part.part)?.status
                  return (
                    <tr key={part.part} data-testid="launch-part">
                      <td>
                        {part.name}
                        {part.warnings.map((warning) => {
                          const { code, detail } = parseLaunchWarning(warning)
                          return (
                            <span key={warning} className="launch-part__warning">
                              {t(`launch.warnings.${code}`, { detail: detail ?? '' })}
                            </span>
                          )
                        })}
                      </td>
                      <td>{format.count(part.rows.length)}</td>
                      <td>{when(part.scheduledAt, zone)}</td>
                      <td>{when(part.expectedEndAt, zone) ?? '—'}</td>
                      {run && (
                        <td>
                          <span className={`tag ${status === 'created' ? 'tag--ok' : 'tag--warn'}`}>
                            {status ? t(`launch.progress.status.${status}`) : ''}
                          </span>
                        </td>
                      )}
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
