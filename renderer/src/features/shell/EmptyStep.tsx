import { useTranslation } from 'react-i18next'
import { useNavigation } from './navigationStore'

/**
 * What a step shows before there is a list to work on. `title`: the step's own h1, for a
 * screen that shows nothing else (every screen has one h1).
 */
export function NeedsImport({ title }: { title?: string }) {
  const { t } = useTranslation()
  const open = useNavigation((s) => s.open)
  const empty = (
    <div className="empty-state" data-testid="needs-import">
      <h2>{t('empty.needsImport.title')}</h2>
      <p className="muted">{t('empty.needsImport.body')}</p>
      <button type="button" className="button button--primary" onClick={() => open('import')}>
        {t('empty.needsImport.action')}
      </button>
    </div>
  )
  if (title === undefined) return empty
  return (
    <div className="stack">
      <h1>{title}</h1>
      {empty}
    </div>
  )
}
