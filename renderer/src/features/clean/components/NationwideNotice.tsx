import { useTranslation } from 'react-i18next'
import { useOptimisticToggle } from '../../../ui/useOptimisticToggle'
import type { CleanSnapshot } from '../../../worker/clean/cleanProtocol'
import { useClean } from '../cleanStore'

/**
 * Nationwide numbers (0800, 4004…) are valid but are not people: a WhatsApp (Kinbox) launch
 * leaves them out unless the user ticks "Incluir mesmo assim" (undoable, like a confirm).
 */
export function NationwideNotice({ snapshot }: { snapshot: CleanSnapshot }) {
  const { t } = useTranslation()
  const setNationwide = useClean((s) => s.setNationwide)
  const [included, choose] = useOptimisticToggle(snapshot.nationwideConfirmed, setNationwide)
  const count = snapshot.counts.nationwide
  if (snapshot.settings.provider !== 'kinbox' || count === 0) return null
  return (
    <div className="notice notice--warn clean__nationwide" data-testid="nationwide-notice">
      <p>{t(included ? 'clean.nationwide.included' : 'clean.nationwide.text', { count })}</p>
      <label className="field field--inline">
        <input type="checkbox" checked={included} onChange={(e) => choose(e.target.checked)} />
        <span>{t('clean.nationwide.include')}</span>
      </label>
    </div>
  )
}
