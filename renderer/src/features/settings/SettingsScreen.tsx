import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../ui/ErrorNotice'
import { SimulationToggle } from '../simulation/SimulationToggle'
import { useNavigation } from '../shell/navigationStore'
import { AccountCard } from './AccountCard'
import { DiagnosticsButton } from './DiagnosticsButton'
import { useAccountSetup } from './accountSetupStore'
import { useAccounts } from './accountsStore'
import { IntegraSettings } from './IntegraSettings'
import { KinboxSettings } from './KinboxSettings'
import { LanguagePicker } from './LanguagePicker'
import { Readiness } from './Readiness'
import './messages'
import './settings.css'

type Tab = 'accounts' | 'preferences'
const TABS: readonly Tab[] = ['accounts', 'preferences']

/** Tabs as the WAI-ARIA pattern: one tab stop, arrows/Home/End move and select. */
function useTabKeys(tab: Tab, select: (tab: Tab) => void) {
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({})
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab)
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined
    if (!next) return
    event.preventDefault()
    select(next)
    refs.current[next]?.focus()
  }
  return { refs, onKeyDown }
}

function AccountsPanel() {
  const { t } = useTranslation()
  const view = useAccountSetup((s) => s.view)
  const error = useAccountSetup((s) => (s.errorCard === null ? s.error : null))
  return (
    <>
      <p className="muted">{t('settings.accounts.intro')}</p>
      <SimulationToggle />
      {error && <ErrorNotice error={error} />}
      <AccountCard
        provider="integra"
        readiness={view && <Readiness missing={view.integra.missing} testId="ready-integra" />}
      >
        {view && <IntegraSettings view={view.integra} />}
      </AccountCard>
      <AccountCard
        provider="kinbox"
        readiness={view && <Readiness missing={view.kinbox.missing} testId="ready-kinbox" />}
      >
        {view && <KinboxSettings view={view.kinbox} />}
      </AccountCard>
    </>
  )
}

export function SettingsScreen() {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('accounts')
  const load = useAccounts((s) => s.load)
  const loadSetup = useAccountSetup((s) => s.load)
  const closeSettings = useNavigation((s) => s.closeSettings)
  const keys = useTabKeys(tab, setTab)

  useEffect(() => {
    void load()
    void loadSetup()
  }, [load, loadSetup])

  return (
    <div className="screen settings" data-testid="settings-screen">
      <header className="screen__header">
        <button type="button" className="button button--ghost" onClick={closeSettings}>
          ← {t('nav.back')}
        </button>
        <h1>{t('settings.title')}</h1>
      </header>
      <div
        className="tabs"
        role="tablist"
        aria-label={t('settings.title')}
        onKeyDown={keys.onKeyDown}
      >
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              keys.refs.current[id] = el
            }}
            id={`settings-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`settings-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={`tab ${tab === id ? 'tab--active' : ''}`}
            onClick={() => setTab(id)}
          >
            {t(`settings.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`settings-panel-${tab}`}
        aria-labelledby={`settings-tab-${tab}`}
        className="stack"
      >
        {tab === 'accounts' ? (
          <AccountsPanel />
        ) : (
          <>
            <LanguagePicker />
            <DiagnosticsButton />
          </>
        )}
      </div>
    </div>
  )
}
