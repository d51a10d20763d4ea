import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { shortcutAria, shortcutText } from '../../../../shared/ui/shortcuts'
import { isMac } from '../shell/keyboard'
import { useCampaign } from '../campaign/campaignStore'
import { presetsOf, useMap } from './mapStore'

/** The preset applied (and how), saving the mapping under a name, and the saved ones. */
export function PresetBar() {
  const { t } = useTranslation()
  const applied = useMap((s) => s.applied)
  const saved = useMap((s) => s.saved)
  const presets = useMap((s) => s.presets)
  const provider = useCampaign((s) => s.provider)
  const columns = useMap((s) => s.columns)
  const phone = useMap((s) => s.phone)
  const error = useMap((s) => s.presetError)
  const savePreset = useMap((s) => s.savePreset)
  const deletePreset = useMap((s) => s.deletePreset)
  const applySavedPreset = useMap((s) => s.applySavedPreset)
  const [name, setName] = useState('')
  const [open, setOpen] = useState(false)
  const mine = presetsOf(presets, provider, columns)

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (name.trim() === '') return
    if (await savePreset(name)) setName('')
  }

  return (
    <section className="card map-presets" aria-labelledby="map-presets-title">
      <div className="map-presets__top">
        <h2 id="map-presets-title">{t('map.presets.title')}</h2>
        <form className="map-presets__save" onSubmit={(e) => void submit(e)}>
          <input
            type="text"
            className="map-input"
            value={name}
            maxLength={120}
            placeholder={t('map.presets.namePlaceholder')}
            aria-label={t('map.presets.name')}
            onChange={(e) => setName(e.target.value)}
          />
          <button
            type="submit"
            className="button"
            disabled={name.trim() === '' || phone === null}
            title={`${t('map.presets.save')} (${shortcutText('save-preset', isMac())})`}
            aria-keyshortcuts={shortcutAria('save-preset', isMac())}
            data-testid="preset-save"
          >
            {t('map.presets.save')}
          </button>
        </form>
        {mine.length > 0 && (
          <button
            type="button"
            className="button button--ghost"
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
          >
            {t('map.presets.saved', { count: mine.length })}
          </button>
        )}
      </div>
      {applied && (
        <p className="notice notice--ok" role="status" data-testid="preset-applied">
          {applied.edited
            ? t('map.presets.edited', { name: applied.name })
            : applied.campaign
              ? t('map.presets.carried', { name: applied.name })
              : saved === applied.name
                ? t('map.presets.savedOk', { name: applied.name })
                : applied.auto
                  ? t('map.presets.autoApplied', { name: applied.name })
                  : t('map.presets.applied', { name: applied.name })}
          {applied.keptMessage && !applied.edited && ' ' + t('map.presets.keptMessage')}
          {applied.keptVoicemail && !applied.edited && ' ' + t('map.presets.keptVoicemail')}
          {applied.missing.length > 0 &&
            ' ' + t('map.presets.missing', { columns: applied.missing.join(', ') })}
        </p>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {t('map.presets.error')}
        </p>
      )}
      {open && mine.length > 0 && (
        <ul className="map-presets__list">
          {mine.map(({ preset, fits }) => (
            <li key={preset.name}>
              <span className="map-presets__name">{preset.name}</span>
              {fits && <span className="tag tag--ok">{t('map.presets.fits')}</span>}
              <button
                type="button"
                className="button"
                onClick={() => applySavedPreset(preset.name)}
              >
                {t('map.presets.apply')}
              </button>
              <button
                type="button"
                className="button button--ghost button--danger"
                onClick={() => void deletePreset(preset.name)}
                aria-label={t('map.presets.deleteNamed', { name: preset.name })}
              >
                {t('map.presets.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
