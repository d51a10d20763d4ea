import { useTranslation } from 'react-i18next'
import {
  EXCLUSION_REASONS,
  type ExcludedCounts,
  type ExclusionReason
} from '../../../../shared/launch/types'
import { useClean } from '../clean/cleanStore'
import { useFormat } from '../schedule/useFormat'
import { useNavigation } from '../shell/navigationStore'
import { exclusionFix } from './exclusionFilter'

interface RecipientsCardProps {
  file: string
  /** The plan's count; null while no plan is built (the list's own count is shown). */
  recipients: number | null
  listCount: number | null
  excluded: ExcludedCounts | null
}

/** Who receives it, and who is left out and why, with the way back to Limpar. */
export function RecipientsCard({ file, recipients, listCount, excluded }: RecipientsCardProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const open = useNavigation((s) => s.open)
  const setQuery = useClean((s) => s.setQuery)
  const count = recipients ?? listCount ?? 0
  const reasons = EXCLUSION_REASONS.filter((reason) => (excluded?.[reason] ?? 0) > 0)
  const total = reasons.reduce((sum, reason) => sum + (excluded?.[reason] ?? 0), 0)
  return (
    <section className="card launch-card" aria-labelledby="launch-recipients-title">
      <h2 id="launch-recipients-title" className="launch-card__title">
        {t('launch.recipients.label')}
      </h2>
      <p className="launch-big" data-testid="launch-recipients">
        {t('launch.recipients.count', { count, n: format.count(count) })}
      </p>
      <p className="muted">{t('launch.recipients.from', { file })}</p>
      <div className="launch-excluded" data-testid="launch-excluded">
        {excluded === null ? null : reasons.length === 0 ? (
          <p className="muted">{t('launch.excluded.none')}</p>
        ) : (
          <>
            <h3 className="launch-sub">
              {t('launch.excluded.total', { count: total, n: format.count(total) })}
            </h3>
            <ul className="launch-excluded__list">
              {reasons.map((reason) => (
                <li key={reason} data-reason={reason}>
                  <span>{t(`launch.excluded.reasons.${reason}`)}</span>
                  <strong>{format.count(excluded?.[reason] ?? 0)}</strong>
                  <ReviewLink
                    reason={reason}
                    label={t(`launch.excluded.reasons.${reason}`)}
                    open={(fix) => {
                      if (fix.screen === 'clean') void setQuery({ search: '', filter: fix.filter })
                      open(fix.screen)
                    }}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
        <button
          type="button"
          className="button launch-small"
          onClick={() => {
            void setQuery({ search: '', filter: null })
            open('clean')
          }}
        >
          {t('launch.excluded.open')}
        </button>
      </div>
    </section>
  )
}

/** One reason's way to its rows: Limpar with that counter's filter on, or Mapear. */
function ReviewLink({
  reason,
  label,
  open
}: {
  reason: ExclusionReason
  label: string
  open(fix: ReturnType<typeof exclusionFix>): void
}) {
  const { t } = useTranslation()
  const fix = exclusionFix(reason)
  const text = fix.screen === 'clean' ? t('launch.excluded.review') : t('launch.excluded.reviewMap')
  return (
    <button
      type="button"
      className="button button--ghost launch-small"
      aria-label={`${text}: ${label}`}
      onClick={() => open(fix)}
    >
      {text}
    </button>
  )
}
