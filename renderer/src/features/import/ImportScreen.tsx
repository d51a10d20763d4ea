import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DraftsPanel } from '../drafts/DraftsPanel'
import { ResumePrompt } from '../drafts/ResumePrompt'
import { LeadGrid, type GridColumn } from '../grid/LeadGrid'
import type { GridRowData } from '../../worker/protocol'
import { focusHeading } from '../shell/keyboard'
import { ColumnChoice } from './ColumnChoice'
import { DropZone } from './DropZone'
import { HeaderRowPicker } from './HeaderRowPicker'
import { ImportErrorNotice } from './ImportErrorNotice'
import { useImport } from './importStore'
import { currentWorker } from '../../worker/leadWorkerHost'
import { PasswordPrompt } from './PasswordPrompt'
import { ReadingProgress } from './ReadingProgress'
import { RecentFiles } from './RecentFiles'
import { TableInfo } from './TableInfo'

export function ImportScreen() {
  const { t } = useTranslation()
  const phase = useImport((s) => s.phase)
  const table = useImport((s) => s.table)
  const error = useImport((s) => s.error)
  const rowCount = useImport((s) => s.rowCount)
  const version = useImport((s) => s.viewVersion)
  const query = useImport((s) => s.query)
  const setQuery = useImport((s) => s.setQuery)
  const [pickingHeader, setPickingHeader] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const wasReading = useRef(false)

  // A file read (or refused) replaced the button that had the focus: give it to the title
  // instead of leaving it on the page body. A select that stayed on screen keeps it.
  useEffect(() => {
    const reading = phase === 'reading'
    if (wasReading.current && !reading && phase === 'idle') {
      const active = document.activeElement
      if ((!active || active === document.body) && heading.current) focusHeading(heading.current)
    }
    wasReading.current = reading
  }, [phase])

  const fetchPage = useCallback(async (start: number, count: number): Promise<GridRowData[]> => {
    const worker = currentWorker()
    return worker ? (await worker.call('page', { start, count })).rows : []
  }, [])

  const columns: GridColumn[] =
    table?.columns.map((label, i) => {
      const role =
        i === table.phoneColumn
          ? t('import.columns.phone')
          : i === table.dddColumn
            ? t('import.columns.ddd')
            : i === table.nameColumn
              ? t('import.columns.name')
              : undefined
      return role ? { label, role } : { label }
    }) ?? []

  return (
    <div className="import" data-testid="import-screen">
      <h1 ref={heading} className="import__title">
        {t('steps.import')}
      </h1>
      <ResumePrompt />
      {error && <ImportErrorNotice error={error} />}
      {phase === 'password' && <PasswordPrompt />}
      {phase === 'reading' && <ReadingProgress />}
      {!table && phase !== 'reading' && (
        <>
          <DropZone />
          <RecentFiles />
          <DraftsPanel />
        </>
      )}
      {table && (
        <>
          <div className="import__top">
            <TableInfo table={table} />
            <DropZone compact />
          </div>
          <div className="import__controls">
            <ColumnChoice table={table} />
            <button
              type="button"
              className="button"
              onClick={() => setPickingHeader((p) => !p)}
              data-testid="header-row"
            >
              {table.headerRow === null
                ? t('import.header.noneChosen')
                : t('import.header.current', { row: table.headerRow })}
            </button>
            <input
              type="search"
              className="search"
              placeholder={t('grid.search')}
              aria-label={t('grid.search')}
              value={query.search}
              onChange={(e) => void setQuery({ search: e.target.value })}
            />
          </div>
          {pickingHeader && (
            <HeaderRowPicker table={table} onClose={() => setPickingHeader(false)} />
          )}
          <LeadGrid<GridRowData>
            label={table.file}
            columns={columns}
            rowCount={rowCount}
            version={version}
            fetchPage={fetchPage}
            sort={query.sort}
            onSort={(sort) => void setQuery({ sort })}
            rowClass={(row) => (row.fieldCount ? 'grid__row--warn' : '')}
            trailing={[
              {
                header: t('grid.check'),
                width: 200,
                render: (row) =>
                  row.fieldCount ? (
                    <span className="tag tag--warn">{t('import.fieldCount')}</span>
                  ) : null
              }
            ]}
          />
        </>
      )}
    </div>
  )
}
