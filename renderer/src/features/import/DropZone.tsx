import { useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useImport } from './importStore'

/** Drop a file, or pick one: the native dialog under Electron, the file input as a fallback. */
export function DropZone({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const importBytes = useImport((s) => s.importBytes)
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)

  async function importFile(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer())
    await importBytes(file.name, bytes)
    const path = window.leadprep.pathForFile(file)
    if (path) void api('rememberFile', { path, name: file.name }).catch(() => undefined)
  }

  async function pick(): Promise<void> {
    try {
      const file = await api('openLeadFileDialog', {})
      if (file) await importBytes(file.name, file.bytes)
    } catch {
      // No native dialog (or it failed): the browser's own file picker still works.
      input.current?.click()
    }
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
        <button type="button" className="button button--primary" onClick={() => void pick()}>
          {t('import.drop.choose')}
        </button>
      </div>
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
