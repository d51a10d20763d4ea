import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { LostEdits } from '../../worker/protocol'

const KINDS = ['phone', 'ddd', 'name', 'rows'] as const

/**
 * Before a column change that drops some of Limpar's fixes (a fixed phone in a column that is
 * no longer the phone column): what would stop applying, with Continuar / Cancelar.
 */
export function ColumnChangeWarning({
  lost,
  onContinue,
  onCancel
}: {
  lost: LostEdits
  onContinue(): void
  onCancel(): void
}) {
  const { t } = useTranslation()
  const title = useId()
  return (
    <div
      className="notice notice--warn column-change-warning"
      role="alertdialog"
      aria-labelledby={title}
      data-testid="column-change-warning"
    >
      <strong id={title}>{t('import.columnChange.title')}</strong>
      <ul>
        {KINDS.filter((kind) => lost[kind] > 0).map((kind) => (
          <li key={kind}>{t(`import.columnChange.${kind}`, { count: lost[kind] })}</li>
        ))}
      </ul>
      <p>{t('import.columnChange.why')}</p>
      <div className="column-change-warning__actions">
        <button type="button" className="button button--primary" onClick={onContinue}>
          {t('import.columnChange.continue')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('import.columnChange.cancel')}
        </button>
      </div>
    </div>
  )
}
