import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CleanCells, CleanRowDetail } from '../../../worker/clean/cleanProtocol'
import { keepFocusOn } from '../../shell/keepFocusOn'
import { useClean } from '../cleanStore'
import { reasonText } from './CleanGrid'
import { RowTags } from './RowTags'

const FIELDS: (keyof CleanCells)[] = ['phone', 'ddd', 'name', 'email']

/** The row being fixed: its rule cells as inputs, re-checked on Aplicar, and the result. */
export function RowEditor({ detail }: { detail: CleanRowDetail }) {
  // A new row, or the same row changed by undo/redo: start from its current cells.
  const key = `${detail.row.index}:${JSON.stringify(detail.cells)}`
  return <RowEditorForm key={key} detail={detail} />
}

function RowEditorForm({ detail }: { detail: CleanRowDetail }) {
  const { t } = useTranslation()
  const edit = useClean((s) => s.edit)
  const confirm = useClean((s) => s.confirm)
  const closeEditor = useClean((s) => s.closeEditor)
  const [cells, setCells] = useState<CleanCells>(detail.cells)
  const id = useId()
  const { row } = detail
  const fields = FIELDS.filter((f) => f === 'phone' || detail.hasColumn[f])
  const changed = fields.some((f) => cells[f] !== detail.cells[f])
  const needsConfirm = row.warnings.includes('field_count') && !row.confirmed

  function submit(event: FormEvent): void {
    event.preventDefault()
    const next: Partial<CleanCells> = {}
    for (const f of fields) if (cells[f] !== detail.cells[f]) next[f] = cells[f]
    void edit(row.index, next)
  }

  /**
   * Closes, and gives the focus back to the row's "Corrigir" (else the grid), not the body; again
   * if the grid's redraw replaces that button (a frame-late focus lost it on a busy laptop).
   */
  function close(): void {
    closeEditor()
    keepFocusOn(
      () =>
        document.querySelector<HTMLElement>(`button[data-fix-row="${row.index}"]`) ??
        document.querySelector<HTMLElement>('[data-testid="lead-grid"]'),
      document.body
    )
  }

  const status = row.excluded ? 'excluded' : row.status
  return (
    <aside
      className="card row-editor"
      aria-labelledby="row-editor-title"
      data-testid="row-editor"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close()
      }}
    >
      <div className="row-editor__top">
        <h2 id="row-editor-title">{t('clean.editor.title', { row: row.row })}</h2>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={close}
          aria-label={t('clean.editor.close')}
        >
          ✕
        </button>
      </div>
      {row.warnings.includes('field_count') && (
        <p className="notice notice--warn">{t('clean.editor.fieldCount')}</p>
      )}
      <form className="row-editor__form" onSubmit={submit}>
        {fields.map((field) => (
          <div key={field} className="row-editor__field">
            <label htmlFor={`${id}-${field}`}>{t(`clean.editor.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              value={cells[field]}
              onChange={(e) => setCells({ ...cells, [field]: e.target.value })}
              autoFocus={field === 'phone'}
              spellCheck={false}
              aria-describedby={`${id}-${field}-file`}
            />
            <small id={`${id}-${field}-file`} className="muted">
              {detail.fileCells[field] === ''
                ? t('clean.editor.emptyInFile')
                : t('clean.editor.inFile', { value: detail.fileCells[field] })}
            </small>
          </div>
        ))}
        {!detail.hasColumn.ddd && <p className="muted small">{t('clean.editor.noDddColumn')}</p>}
        <div className="row-editor__actions">
          <button type="submit" className="button button--primary" disabled={!changed}>
            {t('clean.editor.apply')}
          </button>
          {needsConfirm && (
            <button type="button" className="button" onClick={() => void confirm(row.index)}>
              {t('clean.row.confirmLabel', { row: row.row })}
            </button>
          )}
        </div>
      </form>
      <div className="row-editor__result" data-testid="row-editor-result" aria-live="polite">
        <h3>{t('clean.editor.result')}</h3>
        <p>
          <span className={`status-tag status-tag--${status}`}>{t(`clean.status.${status}`)}</span>{' '}
          {reasonText(row, t)}
        </p>
        <dl>
          <dt>{t('clean.editor.cleanPhone')}</dt>
          <dd data-testid="row-editor-e164">{detail.e164 ?? '—'}</dd>
          {detail.hasColumn.name && (
            <>
              <dt>{t('clean.editor.cleanName')}</dt>
              <dd>{detail.name || '—'}</dd>
            </>
          )}
        </dl>
        <RowTags row={row} />
      </div>
      {detail.raw.length > 0 && (
        <details className="row-editor__raw" open={row.warnings.includes('field_count')}>
          <summary>{t('clean.editor.raw')}</summary>
          <table>
            <tbody>
              {detail.raw.map((cell, i) => (
                <tr key={i}>
                  <th>{cell.label}</th>
                  <td>{cell.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </aside>
  )
}
