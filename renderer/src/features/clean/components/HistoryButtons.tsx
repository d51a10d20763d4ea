import { useEffect } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { HistoryEntry } from '../../../worker/clean/cleanProtocol'
import { useClean } from '../cleanStore'

type Translate = TFunction

function describe(entry: HistoryEntry, t: Translate): string {
  const what = t(`clean.history.what.${entry.action}`, { row: entry.row ?? '' })
  if (entry.action === 'exclude' || entry.action === 'restore') {
    const target =
      entry.row !== undefined
        ? t('clean.history.row', { row: entry.row })
        : t('clean.history.rows', { count: entry.count ?? 0 })
    return `${what} (${target})`
  }
  return what
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/** Desfazer / Refazer, and Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) while no text field has focus. */
export function HistoryButtons() {
  const { t } = useTranslation()
  const undoEntry = useClean((s) => s.snapshot?.undo ?? null)
  const redoEntry = useClean((s) => s.snapshot?.redo ?? null)
  const undo = useClean((s) => s.undo)
  const redo = useClean((s) => s.redo)

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typing(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        void undo()
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault()
        void redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])

  return (
    <div
      className="history"
      role="group"
      aria-label={`${t('clean.history.undo')} / ${t('clean.history.redo')}`}
    >
      <button
        type="button"
        className="button"
        disabled={!undoEntry}
        title={
          undoEntry
            ? t('clean.history.undoWhat', { what: describe(undoEntry, t) })
            : t('clean.history.nothing')
        }
        onClick={() => void undo()}
      >
        ↶ {t('clean.history.undo')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!redoEntry}
        title={
          redoEntry
            ? t('clean.history.redoWhat', { what: describe(redoEntry, t) })
            : t('clean.history.nothingRedo')
        }
        onClick={() => void redo()}
      >
        ↷ {t('clean.history.redo')}
      </button>
    </div>
  )
}
