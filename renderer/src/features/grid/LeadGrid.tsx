import { useEffect, useRef, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import { useColumnWidths } from './useColumnWidths'
import { usePagedRows } from './usePagedRows'

export interface GridSort {
  column: number
  direction: 'asc' | 'desc'
}

export interface GridColumn {
  label: string
  /** A short tag shown under the header, e.g. "Telefone" for the phone column. */
  role?: string
}

interface LeadGridProps<Row extends { row: number; cells: string[] }> {
  columns: GridColumn[]
  rowCount: number
  version: number
  fetchPage(start: number, count: number): Promise<Row[]>
  sort: GridSort | null
  onSort(sort: GridSort | null): void
  /** Extra classes for a row (status colours). */
  rowClass?: (row: Row) => string
  /** Cells after the data columns (e.g. status). */
  trailing?: { header: string; width: number; render(row: Row): ReactNode }[]
  label: string
}

const ROW_HEIGHT = 32
const NUMBER_WIDTH = 72

/** A virtualized grid: only the rows on screen exist in the DOM, fetched page by page. */
export function LeadGrid<Row extends { row: number; cells: string[] }>(props: LeadGridProps<Row>) {
  const { t } = useTranslation()
  const { columns, rowCount, version, fetchPage, sort, onSort, rowClass, trailing = [] } = props
  const scroller = useRef<HTMLDivElement>(null)
  const { widths, startResize } = useColumnWidths(columns.length)
  const rows = usePagedRows(version, fetchPage)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the field's standard
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  useEffect(() => {
    if (rowCount > 0) rows.ensure(first, last)
  }, [first, last, rowCount, rows])

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 })
  }, [version])

  const template = [NUMBER_WIDTH, ...widths, ...trailing.map((c) => c.width)]
    .map((w) => `${w}px`)
    .join(' ')
  const nextSort = (column: number): GridSort | null => {
    if (sort?.column !== column) return { column, direction: 'asc' }
    return sort.direction === 'asc' ? { column, direction: 'desc' } : null
  }

  return (
    <div
      className="grid"
      ref={scroller}
      role="grid"
      aria-label={props.label}
      aria-rowcount={rowCount + 1}
      data-testid="lead-grid"
    >
      <div className="grid__header" role="row" style={{ gridTemplateColumns: template }}>
        <div className="grid__cell grid__cell--number" role="columnheader">
          {t('grid.row')}
        </div>
        {columns.map((column, index) => (
          <div
            key={index}
            className={`grid__cell grid__head ${column.role ? 'grid__head--role' : ''}`}
            role="columnheader"
            aria-sort={
              sort?.column === index
                ? sort.direction === 'asc'
                  ? 'ascending'
                  : 'descending'
                : 'none'
            }
          >
            <button
              type="button"
              className="grid__sort"
              onClick={() => onSort(nextSort(index))}
              aria-label={t('grid.sortBy', { column: column.label })}
              title={t('grid.sortBy', { column: column.label })}
            >
              <span className="grid__label">{column.label}</span>
              {sort?.column === index && (
                <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>
              )}
            </button>
            {/* Beside the button, not in it: its name "Ordenar por …" holds all its visible text. */}
            {column.role && <span className="grid__role">{column.role}</span>}
            <span
              className="grid__resize"
              role="separator"
              aria-orientation="vertical"
              aria-label={t('grid.resize', { column: column.label })}
              onPointerDown={(e) => startResize(index, e)}
            />
          </div>
        ))}
        {trailing.map((c) => (
          <div key={c.header} className="grid__cell grid__head" role="columnheader">
            {c.header}
          </div>
        ))}
      </div>
      <div className="grid__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows.rowAt(item.index)
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              className={`grid__row ${row && rowClass ? rowClass(row) : ''}`}
              style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: template }}
            >
              <div className="grid__cell grid__cell--number" role="rowheader">
                {row?.row ?? ''}
              </div>
              {columns.map((_, c) => (
                <div key={c} className="grid__cell" role="gridcell" title={row?.cells[c] ?? ''}>
                  {row?.cells[c] ?? ''}
                </div>
              ))}
              {trailing.map((col) => (
                <div key={col.header} className="grid__cell" role="gridcell">
                  {row ? col.render(row) : null}
                </div>
              ))}
            </div>
          )
        })}
      </div>
    </div>
  )
}
