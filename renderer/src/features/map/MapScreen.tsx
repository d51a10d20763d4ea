import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useImport } from '../import/importStore'
import { NeedsImport } from '../shell/EmptyStep'
import { isMac } from '../shell/keyboard'
import { shortcutAria, shortcutText } from '../../../../shared/ui/shortcuts'
import { JumpLinks } from './JumpLinks'
import { useNavigation } from '../shell/navigationStore'
import { ColumnPanel } from './ColumnPanel'
import { IntegraPanel } from './IntegraPanel'
import { useCampaign } from '../campaign/campaignStore'
import { ProviderPicker } from '../campaign/ProviderPicker'
import { useMap } from './mapStore'
import { MessagePanel } from './MessagePanel'
import './messages'
import { PresetBar } from './PresetBar'
import { PreviewPanel } from './PreviewPanel'
import { ProblemList } from './ProblemList'
import { isBlocking, mapProblems } from './problems'
import { RecipientFields } from './RecipientFields'
import { SuggestionList } from './SuggestionList'
import { VariableList } from './VariableList'
import './map.css'

/** Mapear: columns → phone, name and variables; the message and its live preview. */
export function MapScreen() {
  const { t } = useTranslation()
  const table = useImport((s) => s.table)
  if (!table) return <NeedsImport title={t('map.title')} />
  return <MapStep />
}

function MapStep() {
  const { t } = useTranslation()
  const table = useImport((s) => s.table)
  const open = useMap((s) => s.open)
  const loading = useMap((s) => s.loading)
  const loadError = useMap((s) => s.loadError)
  const provider = useCampaign((s) => s.provider)
  const phone = useMap((s) => s.phone)
  const variables = useMap((s) => s.variables)
  const message = useMap((s) => s.message)
  const voicemail = useMap((s) => s.voicemail)
  const check = useMap((s) => s.check)
  const go = useNavigation((s) => s.open)

  useEffect(() => {
    if (table) void open(table)
  }, [table, open])

  const problems = mapProblems({ provider, phone, variables, message, voicemail, check })
  const blocked = isBlocking(problems) || check === null

  return (
    <div className="map" data-testid="map-screen">
      <div className="step-top">
        <div>
          <h1>{t('map.title')}</h1>
          {/* Right after the title: the message is one Tab and Enter away. */}
          {!loading && <JumpLinks />}
          <p className="muted">{t('map.subtitle')}</p>
        </div>
        <ProviderPicker look="cards" testId="map-provider" />
      </div>
      {loadError && (
        <p className="notice notice--error" role="alert">
          {t('map.loadError')}
        </p>
      )}
      {loading ? (
        <p className="muted" role="status">
          {t('map.loading')}
        </p>
      ) : (
        <>
          <PresetBar />
          <div className="step-columns map__body">
            <div className="step-column">
              <RecipientFields />
              <SuggestionList />
              <VariableList />
              <ColumnPanel />
            </div>
            <div className="step-column step-side map__side">
              {provider === 'kinbox' ? <MessagePanel /> : <IntegraPanel />}
              <PreviewPanel />
              <section className="card map-check" aria-labelledby="map-check-title">
                <h2 id="map-check-title">{t('map.problems.title')}</h2>
                <ProblemList problems={problems} />
                <div className="map-continue">
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={blocked}
                    onClick={() => go('schedule')}
                    title={`${t('steps.next')} (${shortcutText('next-step', isMac())})`}
                    aria-keyshortcuts={shortcutAria('next-step', isMac())}
                    data-testid="map-continue"
                  >
                    {t('map.continue')} →
                  </button>
                </div>
              </section>
            </div>
          </div>
        </>
      )}
    </div>
  )
}
