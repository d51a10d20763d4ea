import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useClean } from '../cleanStore'

/** XLSX by default (phones as text); CSV with the plain warning about Excel. */
export function ExportPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const exportFile = useClean((s) => s.exportFile)
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx')
  const [rows, setRows] = useState<'all' | 'launchable'>('all')
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  async function save(): Promise<void> {
    setBusy(true)
    setSaved(null)
    setFailure(null)
    try {
      setSaved(await exportFile(format, rows))
    } catch (error) {
      setFailure(String((error as Error).message ?? error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      className="card panel export-panel"
      role="dialog"
      aria-labelledby="export-title"
      data-testid="export-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
    >
      <h3 id="export-title">{t('clean.export.title')}</h3>
      <div className="export-panel__choices">
        <fieldset>
          <legend>{t('clean.export.format')}</legend>
          {(['xlsx', 'csv'] as const).map((f) => (
            <label key={f} className="radio">
              <input
                type="radio"
                name="export-format"
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {t(`clean.export.${f}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('clean.export.rows')}</legend>
          <label className="radio">
            <input
              type="radio"
              name="export-rows"
              checked={rows === 'all'}
              onChange={() => setRows('all')}
            />
            {t('clean.export.rowsAll')}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="export-rows"
              checked={rows === 'launchable'}
              onChange={() => setRows('launchable')}
            />
            {t('clean.export.rowsLaunchable')}
          </label>
        </fieldset>
      </div>
      {format === 'csv' && (
        <p className="notice notice--warn" data-testid="csv-warning">
          {t('clean.export.csvWarning')}
        </p>
      )}
      <div className="panel__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void save()}
        >
          {busy ? t('clean.export.saving') : t('clean.export.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('clean.export.cancel')}
        </button>
      </div>
      <div aria-live="polite">
        {saved && (
          <p className="notice notice--ok" data-testid="export-saved">
            {t('clean.export.saved', { name: saved })}
          </p>
        )}
        {failure && <p className="notice notice--error">{failure}</p>}
      </div>
    </section>
  )
}
