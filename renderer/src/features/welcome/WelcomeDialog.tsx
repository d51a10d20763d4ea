import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'
import { ErrorNotice } from '../../ui/ErrorNotice'
import { useModalDialog } from '../../ui/useModalDialog'
import { focusHeading } from '../shell/keyboard'
import { STEPS } from '../shell/navigationStore'
import { importLeadFile, readSampleFile, useWelcome } from './welcomeStore'
import './messages'
import './welcome.css'

/**
 * The first-run welcome: the five steps in one line each, then the sample file or the user's
 * own. Shown once (settings.welcomeSeen), again from Importar or Ajuda → Boas-vindas.
 */
export function WelcomeDialog() {
  const open = useWelcome((s) => s.open)
  const checkFirstRun = useWelcome((s) => s.checkFirstRun)

  useEffect(() => {
    void checkFirstRun()
  }, [checkFirstRun])

  return open ? <WelcomeModal /> : null
}

function WelcomeModal() {
  const { t } = useTranslation()
  const close = useWelcome((s) => s.close)
  const firstAction = useRef<HTMLButtonElement>(null)
  const [opening, setOpening] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const opener = useRef(useWelcome.getState().opener)
  const { ref, onKeyDown } = useModalDialog(firstAction, () => {
    // Back where the user was ("Ver boas-vindas"), or Importar's title on a first run.
    if (opener.current?.isConnected) opener.current.focus()
    else {
      const heading = document.querySelector<HTMLElement>('#main h1')
      if (heading) focusHeading(heading)
    }
  })

  async function trySample(): Promise<void> {
    if (opening) return
    setOpening(true)
    setError(null)
    let file: Awaited<ReturnType<typeof readSampleFile>>
    try {
      file = await readSampleFile()
    } catch (failure) {
      // Main could not read it: the welcome stays open and says so.
      setOpening(false)
      setError(failure instanceof ApiError ? failure : new ApiError('internal_error'))
      return
    }
    close()
    await importLeadFile(file)
  }

  return (
    <dialog
      ref={ref}
      className="card welcome"
      aria-labelledby="welcome-title"
      aria-describedby="welcome-intro"
      data-testid="welcome"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape: closed through the store, so the page's state (and main's settings) agree.
        event.preventDefault()
        close()
      }}
    >
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <p id="welcome-intro">{t('welcome.intro')}</p>
      <ol className="welcome__steps">
        {STEPS.map((step) => (
          <li key={step}>
            <strong>{t(`steps.${step}`)}</strong>: {t(`welcome.steps.${step}`)}
          </li>
        ))}
      </ol>
      <p className="muted">{t('welcome.sample')}</p>
      {error && <ErrorNotice error={error} />}
      <div className="welcome__actions">
        <button
          ref={firstAction}
          type="button"
          className="button button--primary"
          aria-busy={opening}
          onClick={() => void trySample()}
        >
          {opening ? t('welcome.opening') : t('welcome.trySample')}
        </button>
        <button type="button" className="button" onClick={close}>
          {t('welcome.start')}
        </button>
      </div>
    </dialog>
  )
}
