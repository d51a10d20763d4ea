import { useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiError } from '../../api/client'
import { ErrorNotice } from '../../ui/ErrorNotice'
import { shortcutAria, shortcutText } from '../../../../shared/ui/shortcuts'
import { isMac } from '../shell/keyboard'
import { WelcomeLinks } from '../welcome/WelcomeLinks'
import { importLeads } from './importLeads'

/** Drop a file, or pick one: the native dialog under Electron, the file input as a fallback. */
export function DropZone({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  // What went wrong before the import began (the dialog, reading the file, "Recentes").
  const [error, setError] = useState<ApiError | null>(null)

  async function importFile(file: File): Promise<void> {
    setError(null)
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch {
      // The file went away (moved, deleted, unplugged) between the drop and the read.
      setError(new ApiError('file_unreadable'))
      return
    }
    await importLeads(file.name, bytes)
    // The preload looks up the File's path itself; the page never names a path.
    await api('rememberFile', file).catch(showError)
  }

  function showError(failure: unknown): void {
    setError(failure instanceof ApiError ? failure : new ApiError('internal_error'))
  }

  async function pick(): Promise<void> {
    setError(null)
    let file: Awaited<ReturnType<typeof api<'openLeadFileDialog'>>>
    try {
      file = await api('openLeadFileDialog', {})
    } catch (failure) {
      // Main answered with an error (the file could not be read…): say so. No bridge at all
      // (a plain browser) is the only case left to the browser's own file picker.
      if (failure instanceof ApiError) setError(failure)
      else input.current?.click()
      return
    }
    if (file) await importLeads(file.name, file.bytes)
  }

  function drop(event: DragEvent): void {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file) void importFile(file)
  }

  return (
    <div
      className={`dropzone ${over ? 'dropzone--over' : ''} ${compact ? 'dropzone--compact' : ''}`}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      {!compact && <h2>{t('import.drop.title')}</h2>}
      <p className="muted">{t('import.drop.body')}</p>
      <div className="dropzone__actions">
        <button
          type="button"
          className="button button--primary"
          title={`${t('import.drop.choose')} (${shortcutText('open-file', isMac())})`}
          aria-keyshortcuts={shortcutAria('open-file', isMac())}
          onClick={() => void pick()}
        >
          {t('import.drop.choose')}
        </button>
      </div>
      {!compact && <WelcomeLinks />}
      {error && <ErrorNotice error={error} />}
      <input
        ref={input}
        type="file"
        hidden
        data-testid="file-input"
        accept=".csv,.txt,.tsv,.xlsx,.xlsm,.xls,.ods"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void importFile(file)
        }}
      />
    </div>
  )
}
