import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { AppShell } from './features/shell/AppShell'
import { useMenuActions } from './features/shell/menuActions'
import { usePreferences } from './features/settings/preferencesStore'

export function App() {
  const { t } = useTranslation()
  const loaded = usePreferences((s) => s.loaded)
  const load = usePreferences((s) => s.load)
  useMenuActions()

  useEffect(() => {
    void load()
  }, [load])

  if (!loaded) return <div className="splash">{t('app.loading')}</div>
  return <AppShell />
}
