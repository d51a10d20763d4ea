import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Problem } from './problems'
import { useMap } from './mapStore'

/** What blocks going on (errors) and what is worth knowing (warnings); rows can be opened. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation()
  const showRow = useMap((s) => s.showRow)
  const [openIndex, setOpenIndex] = useState<number | null>(null)
  if (problems.length === 0)
    return (
      <p className="notice notice--ok" data-testid="map-problems-none">
        {t('map.problems.none')}
      </p>
    )
  return (
    <ul className="map-problems" data-testid="map-problems">
      {problems.map((problem, i) => {
        const rows = problem.rows
        const open = openIndex === i
        return (
          <li
            key={`${problem.code}-${String(problem.params?.['key'] ?? '')}`}
            className={`notice notice--${problem.level === 'error' ? 'error' : 'warn'}`}
            data-code={problem.code}
          >
            <span>{t(`map.problems.${problem.code}`, problem.params ?? {})}</span>
            {rows && rows.count > 0 && (
              <button
                type="button"
                className="button button--ghost map-small"
                aria-expanded={open}
                onClick={() => setOpenIndex(open ? null : i)}
              >
                {open ? t('map.problems.hideRows') : t('map.problems.showRows')}
              </button>
            )}
            {open && rows && (
              <div className="map-problems__rows">
                {rows.rows.map((row) => (
                  <button
                    key={row}
                    type="button"
                    className="chip map-chip"
                    onClick={() => showRow({ row })}
                    aria-label={t('map.problems.previewRow', { row })}
                  >
                    {row}
                  </button>
                ))}
                {rows.count > rows.rows.length && (
                  <span className="muted">
                    {t('map.problems.moreRows', { count: rows.count - rows.rows.length })}
                  </span>
                )}
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
