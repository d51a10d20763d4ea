import { useTranslation } from 'react-i18next'
import type { CleanGridRow } from '../../../worker/clean/cleanProtocol'
import { useClean } from '../cleanStore'

/** Fix, exclude/restore and confirm one row, from the grid. */
export function RowActions({ row }: { row: CleanGridRow }) {
  const { t } = useTranslation()
  const openEditor = useClean((s) => s.openEditor)
  const setExcluded = useClean((s) => s.setExcluded)
  const confirm = useClean((s) => s.confirm)
  const needsConfirm = row.warnings.includes('field_count') && !row.confirmed
  return (
    <span className="row-actions">
      <button
        type="button"
        className="button button--small"
        aria-label={t('clean.row.fixLabel', { row: row.row })}
        data-fix-row={row.index}
        onClick={() => void openEditor(row.index)}
      >
        {t('clean.row.fix')}
      </button>
      {row.excluded ? (
        <button
          type="button"
          className="button button--small"
          aria-label={t('clean.row.restoreLabel', { row: row.row })}
          onClick={() => void setExcluded(row.index, false)}
        >
          {t('clean.row.restore')}
        </button>
      ) : (
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={t('clean.row.excludeLabel', { row: row.row })}
          onClick={() => void setExcluded(row.index, true)}
        >
          {t('clean.row.exclude')}
        </button>
      )}
      {needsConfirm && (
        <button
          type="button"
          className="button button--small"
          aria-label={t('clean.row.confirmLabel', { row: row.row })}
          onClick={() => void confirm(row.index)}
        >
          {t('clean.row.confirm')}
        </button>
      )}
    </span>
  )
}
