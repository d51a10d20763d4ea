import { useTranslation } from 'react-i18next'
import { CampaignsScreen } from '../campaigns/CampaignsScreen'
import { InterruptedBanner } from '../launch/InterruptedBanner'
import { SettingsScreen } from '../settings/SettingsScreen'
import { useNavigation } from './navigationStore'
import { Stepper } from './Stepper'
import { stepScreens } from './stepScreens'

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
  return (
    <div className="shell" data-testid="app-ready">
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
      <main className="shell__main">
        <InterruptedBanner />
        <StepScreen />
      </main>
    </div>
  )
}
