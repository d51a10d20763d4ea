import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isValidDdd } from '../../../../../shared/cleaning/phone/brMetadata'

interface DddFormProps {
  current: string | null
  onApply(ddd: string | null): void
  onCancel(): void
}

/** Asks the DDD for "definir DDD padrão": two digits of an area code that exists. */
export function DddForm({ current, onApply, onCancel }: DddFormProps) {
  const { t } = useTranslation()
  const [ddd, setDdd] = useState(current ?? '')
  const [problem, setProblem] = useState<string | null>(null)

  function submit(event: FormEvent): void {
    event.preventDefault()
    const value = ddd.trim()
    if (!/^\d{2}$/.test(value)) setProblem(t('clean.ddd.notTwoDigits'))
    else if (!isValidDdd(Number(value))) setProblem(t('clean.ddd.unknown', { ddd: value }))
    else onApply(value)
  }

  return (
    <form
      className="card panel ddd-form"
      role="dialog"
      aria-labelledby="ddd-form-title"
      data-testid="ddd-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
      }}
    >
      <h2 id="ddd-form-title">{t('clean.ddd.title')}</h2>
      <label className="field">
        <span>{t('clean.ddd.label')}</span>
        <input
          value={ddd}
          inputMode="numeric"
          maxLength={3}
          autoFocus
          aria-invalid={problem !== null}
          aria-describedby="ddd-help"
          onChange={(e) => {
            setDdd(e.target.value)
            setProblem(null)
          }}
        />
      </label>
      <p id="ddd-help" className="muted">
        {t('clean.ddd.help')}
      </p>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="panel__actions">
        <button type="submit" className="button button--primary">
          {t('clean.ddd.apply')}
        </button>
        {current && (
          <button type="button" className="button" onClick={() => onApply(null)}>
            {t('clean.ddd.remove')}
          </button>
        )}
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('clean.ddd.cancel')}
        </button>
      </div>
    </form>
  )
}
