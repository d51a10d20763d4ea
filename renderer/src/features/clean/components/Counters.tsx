import { useTranslation } from 'react-i18next'
import type { CleanCounts, CleanFilter } from '../../../worker/clean/cleanProtocol'
import { REASONS, WARNINGS } from '../../../worker/clean/cleanProtocol'
import { sameFilter } from '../cleanStore'

interface CountersProps {
  counts: CleanCounts
  active: CleanFilter | null
  onToggle(filter: CleanFilter): void
}

type Tone = 'ok' | 'error' | 'muted' | 'warn' | 'neutral'

/** Counters by status, reason and warning; each one filters the grid (click again to clear). */
export function Counters({ counts, active, onToggle }: CountersProps) {
  const { t } = useTranslation()

  const counter = (filter: CleanFilter, label: string, count: number, tone: Tone, id: string) => {
    const on = sameFilter(active, filter)
    return (
      <button
        key={id}
        type="button"
        className={`counter counter--${tone} ${on ? 'counter--active' : ''}`}
        aria-pressed={on}
        title={on ? t('clean.counters.clearHint') : t('clean.counters.filterHint')}
        data-testid={`counter-${id}`}
        disabled={count === 0 && !on}
        onClick={() => onToggle(filter)}
      >
        <span className="counter__count">{count.toLocaleString('pt-BR')}</span>
        <span className="counter__label">{label}</span>
      </button>
    )
  }

  return (
    <section
      className="counters"
      aria-label={t('clean.counters.label')}
      data-testid="clean-counters"
    >
      <div className="counters__group" role="group" aria-labelledby="counters-status">
        <span id="counters-status" className="counters__title">
          {t('clean.counters.status')}
        </span>
        <div className="counter counter--total" data-testid="counter-total">
          <span className="counter__count">{counts.total.toLocaleString('pt-BR')}</span>
          <span className="counter__label">{t('clean.counters.total')}</span>
        </div>
        {counter({ kind: 'status', value: 'ok' }, t('clean.counters.ok'), counts.ok, 'ok', 'ok')}
        {counter(
          { kind: 'status', value: 'invalid' },
          t('clean.counters.invalid'),
          counts.invalid,
          'error',
          'invalid'
        )}
        {counter(
          { kind: 'status', value: 'duplicate' },
          t('clean.counters.duplicate'),
          counts.duplicate,
          'muted',
          'duplicate'
        )}
        {counter(
          { kind: 'status', value: 'excluded' },
          t('clean.counters.excluded'),
          counts.excluded,
          'neutral',
          'excluded'
        )}
        {counts.edited > 0 &&
          counter(
            { kind: 'edited' },
            t('clean.counters.edited'),
            counts.edited,
            'neutral',
            'edited'
          )}
      </div>
      <div className="counters__group" role="group" aria-labelledby="counters-reasons">
        <span id="counters-reasons" className="counters__title">
          {t('clean.counters.reasons')}
        </span>
        {REASONS.map((reason) =>
          counter(
            { kind: 'reason', value: reason },
            t(`clean.reasons.${reason}`),
            counts.reasons[reason],
            'error',
            `reason-${reason}`
          )
        )}
      </div>
      <div className="counters__group" role="group" aria-labelledby="counters-warnings">
        <span id="counters-warnings" className="counters__title">
          {t('clean.counters.warnings')}
        </span>
        {WARNINGS.map((warning) =>
          counter(
            { kind: 'warning', value: warning },
            t(`clean.warnings.${warning}`),
            counts.warnings[warning],
            'warn',
            `warning-${warning}`
          )
        )}
      </div>
    </section>
  )
}
