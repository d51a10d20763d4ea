import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import './drafts.css'
import './messages'
import { useImport } from '../import/importStore'
import { trackRead } from '../shell/pendingReads'
import { useDrafts } from './draftsStore'
import { offerLastDraft, openDraft } from './restoreDraft'

let offered = false

/** At start, the last draft not launched: "Continuar de onde parou?" — never opened by itself. */
export function ResumePrompt() {
  const { t, i18n } = useTranslation()
  const offer = useDrafts((s) => s.offer)
  const opening = useDrafts((s) => s.opening)
  const error = useDrafts((s) => s.error)
  const setOffer = useDrafts((s) => s.setOffer)
  const table = useImport((s) => s.table)
  const askingPassword = useImport((s) => s.phase === 'password')

  useEffect(() => {
    if (offered) return
    offered = true
    void trackRead(offerLastDraft())
  }, [])

  if (opening !== null)
    return (
      <p className="notice" role="status" data-testid="draft-opening">
        {askingPassword ? t('drafts.openingProtected') : t('drafts.opening')}
      </p>
    )
  if (error !== null)
    return (
      <p className="notice notice--error" role="alert" data-testid="draft-error">
        {error}
      </p>
    )
  if (!offer || table !== null) return null
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
  return (
    <section
      className="notice resume-draft"
      aria-labelledby="resume-draft-title"
      data-testid="resume-draft"
    >
      <h2 id="resume-draft-title" className="resume-draft__title">
        {t('drafts.resume.title')}
      </h2>
      <p>
        {t('drafts.resume.body', {
          file: offer.fileName,
          date: date.format(new Date(offer.updatedAt)),
          step: t(`steps.${offer.stepReached}`)
        })}
      </p>
      <div className="resume-draft__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void openDraft(offer.draftId)}
        >
          {t('drafts.resume.continue')}
        </button>
        <button type="button" className="button" onClick={() => setOffer(null)}>
          {t('drafts.resume.fresh')}
        </button>
      </div>
    </section>
  )
}
