import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { importErrorMessage } from '../../../../shared/import'
import { useImport } from './importStore'

/** A password-protected workbook: ask, decrypt in main, then read as usual. */
export function PasswordPrompt() {
  const { t, i18n } = useTranslation()
  const submit = useImport((s) => s.submitPassword)
  const wrong = useImport((s) => s.passwordError)
  const cancel = useImport((s) => s.dismissError)
  const cancelDecrypt = useImport((s) => s.cancelDecrypt)
  const busy = useImport((s) => s.decrypting)
  const language = i18n.language === 'en' ? 'en' : 'pt-BR'

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const field = event.currentTarget.elements.namedItem('password') as HTMLInputElement
    await submit(field.value)
  }

  return (
    <form
      className="card password"
      data-testid="password-prompt"
      onSubmit={(e) => void onSubmit(e)}
    >
      <p>{importErrorMessage('password_required', {}, language)}</p>
      <label htmlFor="workbook-password">{t('import.password.label')}</label>
      <div className="token-form__row">
        <input
          id="workbook-password"
          name="password"
          type="password"
          autoComplete="off"
          autoFocus
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('import.password.open')}
        </button>
        {busy ? (
          <button
            type="button"
            className="button"
            data-testid="decrypt-cancel"
            onClick={() => void cancelDecrypt()}
          >
            {t('import.password.cancel')}
          </button>
        ) : (
          <button type="button" className="button" onClick={cancel}>
            {t('settings.accounts.cancel')}
          </button>
        )}
      </div>
      {busy && (
        <p role="status" data-testid="decrypt-busy">
          {t('import.password.opening')}
        </p>
      )}
      {wrong && (
        <p className="field-problem" role="alert">
          {importErrorMessage('wrong_password', {}, language)}
        </p>
      )}
    </form>
  )
}
