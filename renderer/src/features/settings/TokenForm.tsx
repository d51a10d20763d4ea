import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { IntegraApiKey } from '../../../../shared/ipc/accounts'
import { ApiToken, type ProviderId } from '../../../../shared/ipc/schemas'
import { ptBR } from '../../i18n/locales/pt-BR'
import type { ProblemCode } from './fields'

interface TokenFormProps {
  provider: ProviderId
  providerName: string
  saving: boolean
  onSave(token: string): Promise<boolean>
  onCancel?: () => void
}

/**
 * The token input is uncontrolled on purpose: a controlled React input mirrors its value
 * into the DOM attribute, and the token must never sit in the DOM after it is saved.
 */
export function TokenForm({ provider, providerName, saving, onSave, onCancel }: TokenFormProps) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [revealed, setRevealed] = useState(false)
  const [problem, setProblem] = useState<ProblemCode | null>(null)
  const inputId = `token-${provider}`

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const field = input.current
    if (!field) return
    // Integra keys have a documented shape (ik_live_ + 64 hex); main checks it again.
    const parsed = (provider === 'integra' ? ApiToken.pipe(IntegraApiKey) : ApiToken).safeParse(
      field.value
    )
    if (!parsed.success) {
      // ApiToken's and IntegraApiKey's messages are problem codes (shared/ipc).
      setProblem((parsed.error.issues[0]?.message ?? 'token_too_short') as ProblemCode)
      return
    }
    setProblem(null)
    if (await onSave(parsed.data)) field.value = ''
  }

  return (
    <form className="token-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={inputId}>
        {t('settings.accounts.tokenLabel', { provider: providerName })}
      </label>
      <div className="token-form__row">
        <input
          id={inputId}
          ref={input}
          type={revealed ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('settings.accounts.tokenPlaceholder')}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${inputId}-problem` : undefined}
          onChange={() => setProblem(null)}
        />
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setRevealed((r) => !r)}
        >
          {revealed ? t('settings.accounts.hide') : t('settings.accounts.show')}
        </button>
      </div>
      {problem && (
        <p id={`${inputId}-problem`} className="field-problem" role="alert">
          {isTokenProblem(problem)
            ? t(`validation.${problem}`)
            : t(`accountSetup.problems.${problem}`)}
        </p>
      )}
      <div className="token-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('settings.accounts.saving') : t('settings.accounts.save')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('settings.accounts.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}

/** The token's own problems have their texts under `validation` (the rest: accountSetup.problems). */
function isTokenProblem(code: ProblemCode): code is ProblemCode & keyof typeof ptBR.validation {
  return Object.hasOwn(ptBR.validation, code)
}
