import { useTranslation } from 'react-i18next'
import { INTEGRA_TTS_MAX_LENGTH, placeholderFor } from '../../../../shared/mapping'
import { BRACES } from './braces'
import { useMap } from './mapStore'
import { TemplateEditor } from './TemplateEditor'
import { useMappedKeys } from './useMappedKeys'

/** Integra: what the agent's prompt receives, and the optional voicemail message. */
export function IntegraPanel() {
  const { t } = useTranslation()
  const voicemail = useMap((s) => s.voicemail)
  const setVoicemail = useMap((s) => s.setVoicemail)
  const keys = useMappedKeys()
  return (
    <section className="card map-integra" aria-labelledby="map-integra-title">
      <h2 id="map-integra-title">{t('map.integra.title')}</h2>
      <p className="muted">{t('map.integra.hint', BRACES)}</p>
      {keys.length === 0 ? (
        <p className="notice notice--warn">{t('map.integra.noVariables')}</p>
      ) : (
        <ul className="chips" data-testid="integra-variables">
          {keys.map((key) => (
            <li key={key} className="chip">
              {placeholderFor(key)}
            </li>
          ))}
        </ul>
      )}
      <label className="map-toggle">
        <input
          type="checkbox"
          checked={voicemail.enabled}
          onChange={(e) => setVoicemail({ enabled: e.target.checked })}
        />
        {t('map.integra.voicemail')}
      </label>
      {voicemail.enabled ? (
        <TemplateEditor
          label={t('map.integra.voicemailLabel')}
          value={voicemail.text}
          onChange={(text) => setVoicemail({ text })}
          keys={keys}
          maxLength={INTEGRA_TTS_MAX_LENGTH}
          placeholder={t('map.integra.voicemailPlaceholder', BRACES)}
          testId="voicemail-editor"
        />
      ) : (
        <p className="muted">{t('map.integra.hangup')}</p>
      )}
    </section>
  )
}
