import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'
import { ErrorNotice } from '../../ui/ErrorNotice'
import { importLeadFile, readSampleFile, useWelcome } from './welcomeStore'
import './messages'
import './welcome.css'

/** Importar's empty drop zone: the sample file and the welcome, as two small links. */
export function WelcomeLinks() {
  const { t } = useTranslation()
  const show = useWelcome((s) => s.show)
  const [error, setError] = useState<ApiError | null>(null)

  async function openSample(): Promise<void> {
    setError(null)
    try {
      await importLeadFile(await readSampleFile())
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError('internal_error'))
    }
  }

  return (
    <>
      <p className="welcome-links" data-testid="welcome-links">
        <span className="muted">{t('welcome.links.label')}</span>{' '}
        <button type="button" className="link-button" onClick={() => void openSample()}>
          {t('welcome.links.sample')}
        </button>
        <span aria-hidden="true"> · </span>
        <button type="button" className="link-button" onClick={show}>
          {t('welcome.links.welcome')}
        </button>
      </p>
      {error && <ErrorNotice error={error} />}
    </>
  )
}
