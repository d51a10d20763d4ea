import { useTranslation } from 'react-i18next'
import { useNavigation } from './navigationStore'

/** What a step shows before there is a list to work on. */
export function NeedsImport() {
  const { t } = useTranslation()
  const open = useNavigation((s) => s.open)
  return (
    <div className="empty-state" data-testid="needs-import">
      <h2>{t('empty.needsImport.title')}</h2>
      <p className="muted">{t('empty.needsImport.body')}</p>
      <button type="button" className="button button--primary" onClick={() => open('import')}>
        {t('empty.needsImport.action')}
      </button>
    </div>
  )
}
