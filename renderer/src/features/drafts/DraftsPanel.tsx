import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import './drafts.css'
import './messages'
import { trackRead } from '../shell/pendingReads'
import { useDrafts } from './draftsStore'
import { deleteDraft, duplicateDraft, openDraft, refreshDrafts } from './restoreDraft'

/** "Rascunhos recentes" on Importar: file, date, step reached, leads; open, duplicate, delete. */
export function DraftsPanel() {
  const { t, i18n } = useTranslation()
  const list = useDrafts((s) => s.list)
  const opening = useDrafts((s) => s.opening)

  useEffect(() => {
    void trackRead(refreshDrafts())
  }, [])

  if (!list || list.length === 0) return null
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
  return (
    <section className="recent drafts" aria-labelledby="drafts-title" data-testid="recent-drafts">
      <h2 id="drafts-title" className="drafts__title">
        {t('drafts.recent.title')}
      </h2>
      <ul>
        {list.map((draft) => (
          <li key={draft.draftId} className="drafts__item" data-testid="draft-item">
            <div className="drafts__what">
              <span className="recent__name">
                {draft.fileName}
                {draft.protected && (
                  <span className="tag drafts__protected" data-testid="draft-protected">
                    {t('drafts.recent.protected')}
                  </span>
                )}
              </span>
              {draft.campaignName !== '' && <span>{draft.campaignName}</span>}
              <span className="muted">
                {date.format(new Date(draft.updatedAt))} ·{' '}
                {t('drafts.recent.step', { step: t(`steps.${draft.stepReached}`) })} ·{' '}
                {draft.leadsCount === null
                  ? t('drafts.recent.noLeads')
                  : t('drafts.recent.leads', {
                      count: draft.leadsCount,
                      formatted: draft.leadsCount.toLocaleString(i18n.language)
                    })}
                {!draft.sourceAvailable && ` · ${t('drafts.recent.missing')}`}
              </span>
            </div>
            <div className="drafts__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={!draft.sourceAvailable || opening !== null}
                onClick={() => void openDraft(draft.draftId)}
              >
                {t('drafts.recent.open')}
              </button>
              <button
                type="button"
                className="button"
                disabled={!draft.sourceAvailable || opening !== null}
                onClick={() => void duplicateDraft(draft.draftId)}
              >
                {t('drafts.recent.duplicate')}
              </button>
              <button
                type="button"
                className="button button--ghost"
                disabled={opening !== null}
                onClick={() => void deleteDraft(draft.draftId)}
              >
                {t('drafts.recent.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
