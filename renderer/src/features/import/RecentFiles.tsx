import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecentFile } from '../../../../shared/ipc/schemas'
import { api } from '../../api/client'
import { trackRead } from '../shell/pendingReads'
import { importLeads } from './importLeads'
import { useImport } from './importStore'

/** "Recentes": files opened before, re-read from disk by main. */
export function RecentFiles() {
  const { t, i18n } = useTranslation()
  const version = useImport((s) => s.viewVersion)
  const [files, setFiles] = useState<RecentFile[]>([])

  useEffect(() => {
    // Counted until the list is set, not merely received: the shell is busy until it is drawn.
    void trackRead(api('recentFiles', {}).then(setFiles, () => setFiles([])))
  }, [version])

  if (files.length === 0) return null
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' })

  async function open(file: RecentFile): Promise<void> {
    const payload = await api('openRecentFile', { id: file.id })
    await importLeads(payload.name, payload.bytes)
  }

  return (
    <section className="recent" aria-labelledby="recent-title" data-testid="recent-files">
      <h3 id="recent-title">{t('import.recent.title')}</h3>
      <ul>
        {files.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              className="recent__item"
              disabled={!file.available}
              onClick={() => void open(file)}
            >
              <span className="recent__name">{file.name}</span>
              <span className="muted">
                {file.available
                  ? `${(file.size / 1024).toFixed(0)} KB · ${date.format(new Date(file.openedAt))}`
                  : t('import.recent.missing')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
