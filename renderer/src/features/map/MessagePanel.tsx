import { useTranslation } from 'react-i18next'
import { BRACES } from './braces'
import { useMap } from './mapStore'
import { TemplateEditor } from './TemplateEditor'
import { useMappedKeys } from './useMappedKeys'

/** Kinbox: the WhatsApp message every lead receives, with its placeholders. */
export function MessagePanel() {
  const { t } = useTranslation()
  const message = useMap((s) => s.message)
  const setMessage = useMap((s) => s.setMessage)
  const keys = useMappedKeys()
  return (
    <section className="card" aria-labelledby="map-message-title">
      <h2 id="map-message-title">{t('map.message.title')}</h2>
      <TemplateEditor
        label={t('map.message.label')}
        value={message}
        onChange={setMessage}
        keys={keys}
        placeholder={t('map.message.placeholder', BRACES)}
        testId="message-editor"
      />
    </section>
  )
}
