import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { CampaignsScreen } from '../campaigns/CampaignsScreen'
import { startDraftAutosave } from '../drafts/autosave'
import { DraftStatus } from '../drafts/DraftStatus'
import { InterruptedBanner } from '../launch/InterruptedBanner'
import { SimulationBanner } from '../simulation/SimulationBanner'
import { focusHeading, useFocusScreenHeading, usePageShortcuts } from './keyboard'
import { SettingsScreen } from '../settings/SettingsScreen'
import { useNavigation } from './navigationStore'
import { firstReadsStarted, useReadsSettled } from './pendingReads'
import { Stepper } from './Stepper'
import { StoreNoticesBanner } from './StoreNoticesBanner'
import { stepScreens } from './stepScreens'
import { WelcomeDialog } from '../welcome/WelcomeDialog'

export function AppShell() {
  const { t } = useTranslation()
  const screen = useNavigation((s) => s.screen)
  const open = useNavigation((s) => s.open)
  const StepScreen =
    screen === 'settings'
      ? SettingsScreen
      : screen === 'campaigns'
        ? CampaignsScreen
        : stepScreens[screen]
  usePageShortcuts()
  useEffect(startDraftAutosave, [])
  // After the screens' own effects: their first reads are all counted by now.
  useEffect(firstReadsStarted, [])
  const settled = useReadsSettled()
  useFocusScreenHeading(screen)
  return (
    <div className="shell" data-testid="app-ready" aria-busy={!settled}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // In-page: the focus goes to the screen's title (or main), no navigation at all.
          event.preventDefault()
          const heading = document.querySelector<HTMLElement>('#main h1')
          if (heading) focusHeading(heading)
          else document.getElementById('main')?.focus()
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <SimulationBanner />
      <header className="shell__header">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            LP
          </span>
          <div>
            <strong>{t('app.name')}</strong>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </div>
        </div>
        <Stepper />
        <DraftStatus />
        <button
          type="button"
          className={`button button--ghost ${screen === 'campaigns' ? 'button--active' : ''}`}
          aria-current={screen === 'campaigns' ? 'page' : undefined}
          onClick={() => open('campaigns')}
        >
          ◷ {t('campaigns.title')}
        </button>
        <button
          type="button"
          className={`button button--ghost ${screen === 'settings' ? 'button--active' : ''}`}
          onClick={() => open('settings')}
        >
          ⚙ {t('nav.settings')}
        </button>
      </header>
      <main className="shell__main" id="main" tabIndex={-1}>
        <StoreNoticesBanner />
        <InterruptedBanner />
        <StepScreen />
      </main>
      <WelcomeDialog />
    </div>
  )
}
