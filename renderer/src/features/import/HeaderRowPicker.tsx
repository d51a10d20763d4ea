import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RawRow, TableSummary } from '../../worker/protocol'
import { currentWorker } from '../../worker/leadWorkerHost'
import { useImport } from './importStore'

const PREVIEW_ROWS = 25

/** The sheet's first rows as read: click the one that holds the column names. */
export function HeaderRowPicker({ table, onClose }: { table: TableSummary; onClose(): void }) {
  const { t } = useTranslation()
  const reimport = useImport((s) => s.reimport)
  const version = useImport((s) => s.viewVersion)
  const [rows, setRows] = useState<RawRow[]>([])

  useEffect(() => {
    void currentWorker()
      ?.call('rawRows', { count: PREVIEW_ROWS })
      .then((r) => setRows(r.rows))
  }, [version])

  function choose(headerRow: number): void {
    void reimport({ headerRow, columns: undefined })
    onClose()
  }

  return (
    <div className="card header-picker" data-testid="header-picker">
      <div className="header-picker__top">
        <strong>{t('import.header.pick')}</strong>
        <button type="button" className="button" onClick={() => choose(0)}>
          {t('import.header.none')}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('settings.accounts.cancel')}
        </button>
      </div>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.row}
              className={row.row === table.headerRow ? 'header-picker__current' : ''}
              onClick={() => choose(row.row)}
              data-row={row.row}
              tabIndex={0}
              onKeyDown={(e) => e.key === 'Enter' && choose(row.row)}
            >
              <th>{row.row}</th>
              {row.cells.slice(0, 8).map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
