import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { openPlaceholder, placeholderFor, type OpenPlaceholder } from '../../../../shared/mapping'
import { BRACES } from './braces'

interface Props {
  label: string
  value: string
  onChange(value: string): void
  /** The variables that can be inserted. */
  keys: readonly string[]
  maxLength?: number
  placeholder?: string
  testId: string
}

/** An open `{{…` before the caret (where it starts, what was typed) and the picked option. */
interface Completion extends OpenPlaceholder {
  active: number
}

/**
 * A text area for a message with `{{variavel}}` placeholders: a chip per variable inserts it at
 * the caret; typing `{{` lists the variables (↑/↓, Enter or Tab to pick, Esc to close).
 */
export function TemplateEditor({
  label,
  value,
  onChange,
  keys,
  maxLength,
  placeholder,
  testId
}: Props) {
  const { t } = useTranslation()
  const id = useId()
  const area = useRef<HTMLTextAreaElement>(null)
  const [completion, setCompletion] = useState<Completion | null>(null)
  const options = completion
    ? keys.filter((key) => key.toLowerCase().startsWith(completion.typed.toLowerCase()))
    : []
  const listOpen = completion !== null && options.length > 0

  function readCompletion(text: string, caret: number): void {
    const open = openPlaceholder(text.slice(0, caret))
    setCompletion(open ? { ...open, active: 0 } : null)
  }

  /**
   * Replaces [from, to) with `{{key}}` and puts the caret after it, before the next key is
   * handled: a caret placed a frame later (a busy laptop, a fast typist) sent the keys typed
   * meanwhile to the wrong place.
   */
  function insert(key: string, from: number, to: number): void {
    const el = area.current
    const text = el?.value ?? value
    const placeholderText = placeholderFor(key)
    const caret = from + placeholderText.length
    flushSync(() => {
      onChange(text.slice(0, from) + placeholderText + text.slice(to))
      setCompletion(null)
    })
    if (!el) return
    el.focus()
    el.setSelectionRange(caret, caret)
  }

  function insertAtCaret(key: string): void {
    const el = area.current
    const from = el?.selectionStart ?? value.length
    const to = el?.selectionEnd ?? value.length
    insert(key, from, to)
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (!listOpen || !completion) return
    const move = (delta: number): void =>
      setCompletion({
        ...completion,
        active: (completion.active + delta + options.length) % options.length
      })
    if (event.key === 'ArrowDown') move(1)
    else if (event.key === 'ArrowUp') move(-1)
    else if (event.key === 'Escape') setCompletion(null)
    else if (event.key === 'Enter' || event.key === 'Tab') {
      const key = options[completion.active]
      const caret = event.currentTarget.selectionStart
      if (key !== undefined) insert(key, completion.start, caret)
    } else return
    event.preventDefault()
  }

  const listId = `${id}-list`
  const activeKey = listOpen ? options[completion.active] : undefined

  return (
    <div className="map-editor">
      <label htmlFor={`${id}-text`} className="map-editor__label">
        {label}
      </label>
      <div className="map-editor__chips" role="group" aria-label={t('map.editor.insert')}>
        <span className="muted">{t('map.editor.insert')}</span>
        {keys.length === 0 && <span className="muted">{t('map.editor.noVariables')}</span>}
        {keys.map((key) => (
          <button
            key={key}
            type="button"
            className="chip map-chip"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insertAtCaret(key)}
            data-testid="placeholder-chip"
          >
            {placeholderFor(key)}
          </button>
        ))}
      </div>
      <div className="map-editor__box">
        <textarea
          ref={area}
          id={`${id}-text`}
          className="map-textarea"
          value={value}
          rows={6}
          placeholder={placeholder}
          data-testid={testId}
          aria-autocomplete="list"
          aria-controls={listOpen ? listId : undefined}
          aria-activedescendant={activeKey !== undefined ? `${id}-opt-${activeKey}` : undefined}
          onChange={(e) => {
            onChange(e.target.value)
            readCompletion(e.target.value, e.target.selectionStart)
          }}
          onKeyDown={onKeyDown}
          onClick={(e) => readCompletion(value, e.currentTarget.selectionStart)}
          onBlur={() => setCompletion(null)}
        />
        {listOpen && (
          <ul
            id={listId}
            role="listbox"
            className="map-completion"
            aria-label={t('map.editor.list')}
          >
            {options.map((key, i) => (
              <li
                key={key}
                id={`${id}-opt-${key}`}
                role="option"
                aria-selected={i === completion.active}
                className={i === completion.active ? 'is-active' : ''}
                onMouseDown={(e) => {
                  e.preventDefault()
                  insert(key, completion.start, area.current?.selectionStart ?? value.length)
                }}
              >
                {placeholderFor(key)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="map-editor__foot">
        <span className="muted">{t('map.editor.formatting', BRACES)}</span>
        {maxLength !== undefined && (
          <span
            className={value.length > maxLength ? 'map-counter is-over' : 'map-counter'}
            data-testid={`${testId}-counter`}
            aria-live="polite"
          >
            {t('map.editor.counter', { length: value.length, max: maxLength })}
          </span>
        )}
      </div>
    </div>
  )
}
