import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoreName, StoreNotice } from '../../../../shared/ipc/schemas'
import { api } from '../../api/client'
import { trackRead } from './pendingReads'

/**
 * At start, main reads every store once; each one it found damaged is listed here: what was
 * kept, what was dropped, and the name of the copy of the original it set aside. "Entendi"
 * acknowledges a notice; the block list's is only hidden here, because launches wait on the
 * explicit check in Disparar.
 */
export function StoreNoticesBanner() {
  const { t } = useTranslation()
  const [notices, setNotices] = useState<StoreNotice[]>([])

  useEffect(() => {
    let live = true
    // Counted until the notices are set, not merely received: the shell is busy until drawn.
    void trackRead(
      api('storeNotices', {})
        .then((answer) => live && setNotices(answer.notices))
        // A folder that cannot be read at all is reported by the screen that needs it.
        .catch(() => undefined)
    )
    return () => {
      live = false
    }
  }, [])

  if (notices.length === 0) return null

  function dismiss(store: StoreName): void {
    setNotices((current) => current.filter((n) => n.store !== store))
    if (store !== 'blocklist') void api('acknowledgeStoreNotice', { store }).catch(() => undefined)
  }

  return (
    <section className="notice notice--warn" role="alert" data-testid="store-notices">
      <strong>{t('storeNotices.title')}</strong>
      <ul>
        {notices.map((notice) => (
          <li key={notice.store} data-testid="store-notice" data-store={notice.store}>
            {t('storeNotices.counts', {
              store: t(`storeNotices.stores.${notice.store}`),
              kept: notice.kept,
              dropped: notice.dropped
            })}{' '}
            {notice.unreadablePart && `${t('storeNotices.unreadablePart')} `}
            {notice.setAsideAs === null
              ? t('storeNotices.notSetAside')
              : t('storeNotices.setAside', { file: notice.setAsideAs })}
            {notice.store === 'blocklist' && ` ${t('storeNotices.blockList')}`}{' '}
            <button
              type="button"
              className="button button--ghost"
              onClick={() => dismiss(notice.store)}
            >
              {t('storeNotices.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
