import { useTranslation } from 'react-i18next'
import type { TableSummary } from '../../worker/protocol'
import { useImport } from './importStore'

const FORMAT_LABELS: Record<TableSummary['format'], string> = {
  csv: 'CSV',
  xlsx: 'Excel (.xlsx)',
  xls: 'Excel 97–2003 (.xls)',
  ods: 'LibreOffice (.ods)',
  html: 'HTML'
}

const DELIMITERS: Record<string, string> = {
  ',': 'vírgula',
  ';': 'ponto e vírgula',
  '\t': 'tab',
  '|': 'barra'
}

/** What was read: format, encoding, sheet, counts and notices. */
export function TableInfo({ table }: { table: TableSummary }) {
  const { t } = useTranslation()
  const reimport = useImport((s) => s.reimport)
  return (
    <div className="table-info" data-testid="table-info">
      <div className="chips">
        <span className="chip chip--file">{table.file}</span>
        <span className="chip">{FORMAT_LABELS[table.format]}</span>
        {table.encoding && <span className="chip">{table.encoding}</span>}
        {table.delimiter && (
          <span className="chip">
            {t('import.delimiter', { name: DELIMITERS[table.delimiter] ?? table.delimiter })}
          </span>
        )}
        {table.sheets.length > 1 && (
          <label className="chip chip--select">
            {t('import.sheet')}
            <select
              value={table.sheet ?? ''}
              aria-label={t('import.sheet')}
              onChange={(e) =>
                void reimport({ sheet: e.target.value, headerRow: undefined, columns: undefined })
              }
            >
              {table.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {t('import.sheetOption', { name: s.name, count: s.rows })}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="counts" data-testid="import-counts">
        {t('import.counts.rows', { count: table.dataRowCount })}
        {table.blankSkipped > 0 && ` · ${t('import.counts.blank', { count: table.blankSkipped })}`}
        {table.footerRowsSkipped > 0 &&
          ` · ${t('import.counts.footer', { count: table.footerRowsSkipped })}`}
        {table.fieldCountRowCount > 0 &&
          ` · ${t('import.counts.fieldCount', { count: table.fieldCountRowCount })}`}
      </p>
      {table.notices.map((notice) => (
        <p key={notice.code} className="notice notice--warn" data-testid={`notice-${notice.code}`}>
          {t(`import.notices.${notice.code}`, {
            ...notice.params,
            format: FORMAT_LABELS[table.format]
          })}
        </p>
      ))}
    </div>
  )
}
