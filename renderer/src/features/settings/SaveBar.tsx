import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Provider } from '../../../../shared/providers/provider'
import { ErrorNotice } from '../../ui/ErrorNotice'
import { useAccountSetup } from './accountSetupStore'

interface SaveBarProps {
  provider: Provider
  dirty: boolean
  invalid: boolean
  /** The card's connection test, beside the save button. */
  children?: ReactNode
}

/** A card's submit button, its state (unsaved, saved, refused) and its connection test. */
export function SaveBar({ provider, dirty, invalid, children }: SaveBarProps) {
  const { t } = useTranslation()
  const saving = useAccountSetup((s) => s.saving[provider])
  const saved = useAccountSetup((s) => s.saved === provider)
  const error = useAccountSetup((s) => (s.errorCard === provider ? s.error : null))
  return (
    <div className="save-bar">
      <div className="save-bar__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('accountSetup.saving') : t('accountSetup.save')}
        </button>
        {dirty && <span className="save-bar__dirty">{t('accountSetup.unsaved')}</span>}
        {children}
      </div>
      {invalid && (
        <p className="field-problem" role="alert">
          {t('accountSetup.fixFirst')}
        </p>
      )}
      {saved && !dirty && !invalid && (
        <p className="notice notice--ok" role="status">
          {t('accountSetup.saved')}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </div>
  )
}
