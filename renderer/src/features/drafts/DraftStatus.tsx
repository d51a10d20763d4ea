import { useTranslation } from 'react-i18next'
import './drafts.css'
import './messages'
import { useDrafts } from './draftsStore'

/** How the autosave is doing, in the header (nothing before the first import). */
export function DraftStatus() {
  const { t } = useTranslation()
  const status = useDrafts((s) => s.status)
  return (
    <span
      className={`draft-status ${status === 'failed' ? 'draft-status--failed' : ''}`}
      role="status"
      data-testid="draft-status"
      data-status={status}
    >
      {status === 'idle' ? '' : t(`drafts.status.${status}`)}
    </span>
  )
}
