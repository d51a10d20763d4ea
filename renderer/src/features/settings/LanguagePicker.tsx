import { useTranslation } from 'react-i18next'
import { Language } from '../../../../shared/ipc/schemas'
import { usePreferences } from './preferencesStore'

export function LanguagePicker() {
  const { t } = useTranslation()
  const language = usePreferences((s) => s.language)
  const setLanguage = usePreferences((s) => s.setLanguage)
  return (
    <div className="field">
      <label htmlFor="language">{t('settings.preferences.language')}</label>
      <select
        id="language"
        value={language}
        onChange={(e) => {
          const parsed = Language.safeParse(e.target.value)
          if (parsed.success) void setLanguage(parsed.data)
        }}
      >
        {Language.options.map((option) => (
          <option key={option} value={option}>
            {t(`languages.${option}`)}
          </option>
        ))}
      </select>
      <p className="muted">{t('settings.preferences.languageHelp')}</p>
    </div>
  )
}
