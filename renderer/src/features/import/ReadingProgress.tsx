import { useTranslation } from 'react-i18next'
import { useImport } from './importStore'

export function ReadingProgress() {
  const { t } = useTranslation()
  const progress = useImport((s) => s.progress)
  const name = useImport((s) => s.readingName)
  const cancel = useImport((s) => s.cancel)
  const percent = Math.round(progress * 100)
  return (
    <div className="card reading" data-testid="import-progress">
      <p>{t('import.reading', { name })}</p>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={t('import.progressLabel')}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <div className="reading__footer">
        <span className="muted">{percent}%</span>
        <button type="button" className="button" onClick={cancel}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  )
}
