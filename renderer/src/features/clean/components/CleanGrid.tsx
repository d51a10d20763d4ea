import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { CleanColumn, CleanGridRow } from '../../../worker/clean/cleanProtocol'
import { LeadGrid, type GridColumn } from '../../grid/LeadGrid'
import { currentWorker } from '../../../worker/leadWorkerHost'
import { useClean } from '../cleanStore'
import { RowActions } from './RowActions'
import { RowTags } from './RowTags'

type Translate = TFunction

function columnLabel(column: CleanColumn, t: Translate): string {
  return t(`clean.columns.${column.key}`)
}

function statusText(row: CleanGridRow, t: Translate): string {
  return row.excluded ? t('clean.status.excluded') : t(`clean.status.${row.status}`)
}

/** The reason in plain words: why a row is invalid, or which row it repeats. */
export function reasonText(row: CleanGridRow, t: Translate): string {
  if (row.status === 'duplicate') return t('clean.duplicateOf', { row: row.duplicateOf ?? '?' })
  return row.reason ? t(`clean.reasons.${row.reason}`) : ''
}

/**
 * The cleaned rows through the shared LeadGrid: pages come from the worker (filter, search
 * and sort are computed there), statuses and reasons are worded here.
 */
export function CleanGrid({ label }: { label: string }) {
  const { t } = useTranslation()
  const snapshot = useClean((s) => s.snapshot)
  const version = useClean((s) => s.version)
  const keepScroll = useClean((s) => s.keepScroll)
  const query = useClean((s) => s.query)
  const setQuery = useClean((s) => s.setQuery)
  const columns = useMemo(() => snapshot?.columns ?? [], [snapshot])
  const wrapper = useRef<HTMLDivElement>(null)
  const scrollTop = useRef(0)
  const openEditor = useClean((s) => s.openEditor)
  /** Spreadsheet row number → data-row position, for the rows fetched so far. */
  const indexOfRow = useRef(new Map<number, number>())

  const fetchPage = useCallback(
    async (start: number, count: number) => {
      const worker = currentWorker()
      if (!worker) return []
      const { rows } = await worker.call('cleanPage', { start, count })
      for (const row of rows) indexOfRow.current.set(row.row, row.index)
      return rows.map((row) => ({
        ...row,
        cells: row.cells.map((cell, c) => {
          const key = columns[c]?.key
          if (key === 'status') return statusText(row, t)
          if (key === 'reason') return reasonText(row, t)
          return cell
        })
      }))
    },
    [columns, t]
  )

  // LeadGrid goes back to the top on every new version; after an edit, stay where the user was.
  useEffect(() => {
    const grid = wrapper.current?.querySelector<HTMLElement>('[data-testid="lead-grid"]')
    if (grid && keepScroll) grid.scrollTop = scrollTop.current
  }, [version, keepScroll])

  const gridColumns: GridColumn[] = columns.map((column) => ({ label: columnLabel(column, t) }))

  return (
    <div
      className="clean-grid"
      ref={wrapper}
      onDoubleClick={(e) => {
        // Double-click a row to fix it (the Corrigir button does the same).
        const target = e.target as HTMLElement
        if (target.closest('button')) return
        const number = target.closest('[role="row"]')?.querySelector('[role="rowheader"]')
        const index = indexOfRow.current.get(Number(number?.textContent))
        if (index !== undefined) void openEditor(index)
      }}
      onScrollCapture={(e) => {
        const target = e.target as HTMLElement
        if (target.dataset['testid'] === 'lead-grid') scrollTop.current = target.scrollTop
      }}
    >
      <LeadGrid<CleanGridRow>
        label={label}
        columns={gridColumns}
        rowCount={snapshot?.rowCount ?? 0}
        version={version}
        fetchPage={fetchPage}
        sort={query.sort}
        onSort={(sort) => void setQuery({ sort })}
        rowClass={(row) =>
          `clean-row clean-row--${row.excluded ? 'excluded' : row.status}${row.edited ? ' clean-row--edited' : ''}`
        }
        trailing={[
          { header: t('clean.columns.tags'), width: 280, render: (row) => <RowTags row={row} /> },
          {
            header: t('clean.columns.actions'),
            width: 270,
            render: (row) => <RowActions row={row} />
          }
        ]}
      />
      {snapshot && snapshot.rowCount === 0 && (
        <p className="clean-grid__empty muted" data-testid="clean-empty">
          {t('clean.emptyView')}
        </p>
      )}
    </div>
  )
}
