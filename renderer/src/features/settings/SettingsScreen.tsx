import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../shell/navigationStore'
import { AccountCard } from './AccountCard'
import { PROVIDERS, useAccounts } from './accountsStore'
import { LanguagePicker } from './LanguagePicker'

type Tab = 'accounts' | 'preferences'
const TABS: readonly Tab[] = ['accounts', 'preferences']

export function SettingsScreen() {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('accounts')
  const load = useAccounts((s) => s.load)
  const closeSettings = useNavigation((s) => s.closeSettings)

  useEffect(() => {
    void load()
  }, [load])

  return (
    <div className="screen settings" data-testid="settings-screen">
      <header className="screen__header">
        <button type="button" className="button button--ghost" onClick={closeSettings}>
          ← {t('nav.back')}
        </button>
        <h1>{t('settings.title')}</h1>
      </header>
      <div className="tabs" role="tablist">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={`tab ${tab === id ? 'tab--active' : ''}`}
            onClick={() => setTab(id)}
          >
            {t(`settings.tabs.${id}`)}
          </button>
        ))}
      </div>
      {tab === 'accounts' ? (
        <div role="tabpanel" className="stack">
          <p className="muted">{t('settings.accounts.intro')}</p>
          {PROVIDERS.map((provider) => (
            <AccountCard key={provider} provider={provider} />
          ))}
        </div>
      ) : (
        <div role="tabpanel" className="stack">
          <LanguagePicker />
        </div>
      )}
    </div>
  )
}
