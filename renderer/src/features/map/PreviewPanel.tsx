import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ChatBubble } from './ChatBubble'
import { useCampaign } from '../campaign/campaignStore'
import { useMap } from './mapStore'
import { RowStepper } from '../../ui/RowStepper'

/** The text and the values one launchable row gets; arrows step, a row number jumps. */
export function PreviewPanel() {
  const { t } = useTranslation()
  const provider = useCampaign((s) => s.provider)
  const phone = useMap((s) => s.phone)
  const preview = useMap((s) => s.preview)
  const voicemail = useMap((s) => s.voicemail.enabled)
  const showRow = useMap((s) => s.showRow)
  const [rowText, setRowText] = useState('')
  const shown = preview?.shown ?? null

  function jump(event: FormEvent): void {
    event.preventDefault()
    const row = Number(rowText)
    if (Number.isInteger(row) && row > 0) showRow({ row })
  }

  return (
    <section
      className="card map-preview"
      aria-labelledby="map-preview-title"
      data-testid="map-preview"
    >
      <div className="map-section-top">
        <h2 id="map-preview-title">{t('map.preview.title')}</h2>
        {shown && preview && (
          <RowStepper
            className="map-preview__nav"
            buttonClassName="map-icon"
            testId="preview-position"
            position={shown.position}
            total={preview.launchable}
            onShow={(position) => showRow({ position })}
            label={t('map.preview.position', {
              row: shown.row,
              position: shown.position + 1,
              total: preview.launchable
            })}
            previous={t('map.preview.previous')}
            next={t('map.preview.next')}
          />
        )}
      </div>
      <form className="map-preview__jump" onSubmit={jump}>
        <label>
          <span>{t('map.preview.jump')}</span>
          <input
            type="number"
            min={1}
            inputMode="numeric"
            className="map-input map-input--short"
            value={rowText}
            onChange={(e) => setRowText(e.target.value)}
          />
        </label>
        <button type="submit" className="button map-small" disabled={rowText === ''}>
          {t('map.preview.go')}
        </button>
      </form>
      {preview?.missing && (
        <p className="notice notice--warn" role="status">
          {t(`map.preview.${preview.missing.reason}`, { row: preview.missing.row })}
        </p>
      )}
      {phone === null ? (
        <p className="muted">{t('map.preview.needsPhone')}</p>
      ) : !preview ? (
        <p className="muted">{t('map.preview.loading')}</p>
      ) : !preview.cleaned ? (
        <p className="notice notice--warn">{t('map.preview.notCleaned')}</p>
      ) : !shown ? (
        <p className="muted">{t('map.preview.noRows')}</p>
      ) : (
        <div className="map-preview__body">
          <p className="map-preview__to">
            {t('map.preview.to', {
              name: shown.name || t('map.preview.noName'),
              phone: shown.phone
            })}
          </p>
          {provider === 'kinbox' || voicemail ? (
            <div className="map-chat">
              {provider === 'integra' && (
                <p className="muted map-chat__label">{t('map.preview.voicemail')}</p>
              )}
              {shown.text.trim() === '' ? (
                <p className="muted">{t('map.preview.emptyText')}</p>
              ) : (
                <ChatBubble text={shown.text} testId="preview-bubble" />
              )}
            </div>
          ) : null}
          {shown.values.length > 0 && (
            <table className="map-table map-values" data-testid="preview-values">
              <caption>
                {provider === 'integra' ? t('map.preview.agentGets') : t('map.preview.fileGets')}
              </caption>
              <tbody>
                {shown.values.map((value) => (
                  <tr key={value.key}>
                    <th scope="row">{value.key}</th>
                    <td>
                      {value.omitted ? (
                        <span className="muted">{t('map.preview.omitted')}</span>
                      ) : value.value === '' ? (
                        <span className="muted">{t('map.preview.empty')}</span>
                      ) : (
                        value.value
                      )}
                      {value.transformFailed && (
                        <span className="tag tag--warn">{t('map.preview.unread')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  )
}
