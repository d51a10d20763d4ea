import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useClean } from '../cleanStore'
import { Panel } from '../../../ui/Panel'
import { RadioGroup } from '../../../ui/RadioGroup'
import { useTask } from '../../../ui/useTask'

/** XLSX by default (phones as text); CSV with the plain warning about Excel. */
export function ExportPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const exportFile = useClean((s) => s.exportFile)
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx')
  const [rows, setRows] = useState<'all' | 'launchable'>('all')
  const [saved, setSaved] = useState<string | null>(null)
  const { busy, failure, run } = useTask()

  async function save(): Promise<void> {
    setSaved(null)
    setSaved((await run(() => exportFile(format, rows))) ?? null)
  }

  return (
    <Panel
      className="export-panel"
      labelledBy="export-title"
      testId="export-panel"
      onClose={onClose}
    >
      <h2 id="export-title">{t('clean.export.title')}</h2>
      <div className="export-panel__choices">
        <RadioGroup<'xlsx' | 'csv'>
          legend={t('clean.export.format')}
          name="export-format"
          value={format}
          options={(['xlsx', 'csv'] as const).map((f) => ({
            value: f,
            label: t(`clean.export.${f}`)
          }))}
          onChange={setFormat}
        />
        <RadioGroup<'all' | 'launchable'>
          legend={t('clean.export.rows')}
          name="export-rows"
          value={rows}
          options={[
            { value: 'all', label: t('clean.export.rowsAll') },
            { value: 'launchable', label: t('clean.export.rowsLaunchable') }
          ]}
          onChange={setRows}
        />
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
    </Panel>
  )
}
