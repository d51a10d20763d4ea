import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { importErrorMessage } from '../../../../shared/import'
import type { WorkerFailure } from '../../worker/rpc/failure'
import { useImport } from './importStore'

/** The file could not be read: the reason in plain words, and the current list is untouched. */
export function ImportErrorNotice({ error }: { error: WorkerFailure }) {
  const { t, i18n } = useTranslation()
  const dismiss = useImport((s) => s.dismissError)
  const language = i18n.language === 'en' ? 'en' : 'pt-BR'
  // The code is for support only (the log), never shown: the user reads a sentence.
  useEffect(() => console.warn(`[import] ${error.code}`), [error.code])
  // A refused request is a bug like any other: the user reads the same sentence.
  const message =
    error.code === 'internal_error' || error.code === 'invalid_request'
      ? t('errors.ipc.internal_error')
      : importErrorMessage(error.code, error.params, language)
  return (
    <div
      className="notice notice--error import-error"
      role="alert"
      data-testid="import-error"
      data-code={error.code}
    >
      <span>{message}</span>
      <button type="button" className="button button--ghost" onClick={dismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  )
}
