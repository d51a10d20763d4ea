import { useEffect, useRef, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { parseLaunchWarning } from '../../../../shared/launch'
import { useCampaign } from '../campaign/campaignStore'
import { ProviderPicker } from '../campaign/ProviderPicker'
import { launchableCountOf, useClean } from '../clean/cleanStore'
import { useImport } from '../import/importStore'
import '../map/messages'
import '../map/map.css'
import { useMap } from '../map/mapStore'
import '../schedule/messages'
import { useSchedule } from '../schedule/scheduleStore'
import { NeedsImport } from '../shell/EmptyStep'
import { BlockerList } from './BlockerList'
import { CampaignNameField } from './CampaignNameField'
import { DestinationAccount } from './DestinationAccount'
import { LaunchBar } from './LaunchBar'
import { MessageCard } from './MessageCard'
import './messages'
import { PartsCard } from './PartsCard'
import { planKey } from './planInputs'
import { RecipientsCard } from './RecipientsCard'
import { useReview } from './reviewStore'
import { RunPanel } from './RunPanel'
import { isInterrupted, useRuns } from './runStore'
import { ScheduleCard } from './ScheduleCard'
import { useSimulation } from '../simulation/simulationStore'
import { useLaunchReview } from './useLaunchReview'
import './launch.css'

/** Disparar: everything that will be sent, what still blocks it, one click, live progress. */
export function ReviewScreen() {
  const { t } = useTranslation()
  const table = useImport((s) => s.table)
  const loadContext = useReview((s) => s.loadContext)
  const listen = useRuns((s) => s.listen)
  const loadLaunches = useRuns((s) => s.loadLaunches)
  const runRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    // Contas or the block list may have changed on another screen: read them again.
    listen()
    void loadContext()
    void loadLaunches()
  }, [listen, loadContext, loadLaunches])

  return (
    <div className="launch" data-testid="review-screen">
      <header className="step-top">
        <div>
          <h1>{t('launch.title')}</h1>
          <p className="muted">{t('launch.intro')}</p>
        </div>
        {table && <ProviderPicker look="segmented" testId="launch-provider" />}
      </header>
      <FollowedRun headingRef={runRef} />
      {table ? (
        <ReviewBody onStarted={() => setTimeout(() => runRef.current?.focus(), 0)} />
      ) : (
        <NeedsImport />
      )}
    </div>
  )
}

/** The launch this screen follows: started here, picked from the banner, or left midway. */
function FollowedRun({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const current = useRuns((s) => s.current)
  const runs = useRuns((s) => s.runs)
  const launches = useRuns((s) => s.launches)
  const error = useRuns((s) => s.error)
  const { t } = useTranslation()
  const followed = current ? runs[current] : undefined
  const latest = (launches ?? []).map((l) => runs[l.launchId] ?? l)
  const shown = followed ?? latest.find(isInterrupted) ?? latest.find((l) => l.active)
  return (
    <>
      {error && (
        <p className="notice notice--error" role="alert" data-testid="launch-request-error">
          {t('launch.progress.requestFailed', { message: t(`errors.ipc.${error.code}`) })}
        </p>
      )}
      {shown && <RunPanel ref={headingRef} summary={shown} />}
    </>
  )
}

const SHOWN_ELSEWHERE = new Set(['part_runs_past_window', 'empty_variable', 'transform_failed'])

function ReviewBody({ onStarted }: { onStarted(): void }) {
  const { t, i18n } = useTranslation()
  const table = useImport((s) => s.table)
  const sync = useCampaign((s) => s.suggestNameFor)
  const listCount = useClean(launchableCountOf)
  const voicemail = useMap((s) => s.voicemail.enabled)
  const form = useSchedule((s) => s.form)
  const runs = useRuns((s) => s.runs)
  const simulation = useSimulation((s) => s.on)
  const model = useLaunchReview()
  const { provider, plan, blockers, building } = model

  useEffect(() => {
    if (table) sync(table, i18n.language)
  }, [table, sync, i18n.language])

  if (!table) return null
  const built = plan?.plan ?? null
  const run = plan?.review ? (runs[plan.review.launchId] ?? plan.review.existing) : null
  // A simulated launch of the same inputs is another launch (main gives it its own id).
  const inputsKey = `${provider}|${simulation ? 'sim|' : ''}${planKey(model.inputs, form.startMode)}`
  // Part warnings sit on their part; Mapear's own warnings (with counts) say the row ones.
  const warnings =
    built?.warnings.filter((w) => !SHOWN_ELSEWHERE.has(parseLaunchWarning(w).code)) ?? []

  return (
    <div
      className="step-columns launch__body"
      data-testid="launch-review"
      data-provider={provider}
      aria-busy={!model.settled}
    >
      <div className="step-column">
        <CampaignNameField />
        <div className="launch-pair">
          <RecipientsCard
            file={table.file}
            recipients={built?.recipients ?? null}
            listCount={listCount}
            excluded={built?.excluded ?? null}
          />
          <ScheduleCard plan={built} form={form} />
        </div>
        <PartsCard plan={built} building={building} zone={form.timeZone} run={run} />
        <MessageCard provider={provider} voicemail={voicemail} />
      </div>
      <aside className="step-column step-side">
        <DestinationAccount provider={provider} />
        <section className="card launch-card" aria-labelledby="launch-check-title">
          <h2 id="launch-check-title" className="launch-card__title">
            {t('launch.blockers.title')}
          </h2>
          <BlockerList blockers={blockers} />
          {(warnings.length > 0 || model.mapWarnings.length > 0) && (
            <ul className="launch-warnings" data-testid="launch-warnings">
              {warnings.map((warning) => {
                const { code, detail } = parseLaunchWarning(warning)
                return (
                  <li key={warning} className="notice notice--warn">
                    {t(`launch.warnings.${code}`, { detail: detail ?? '' })}
                  </li>
                )
              })}
              {model.mapWarnings.map((problem) => (
                <li
                  key={`${problem.code}-${String(problem.params?.['key'] ?? '')}`}
                  className="notice notice--warn"
                >
                  {t(`map.problems.${problem.code}`, problem.params ?? {})}
                </li>
              ))}
            </ul>
          )}
          <LaunchBar
            provider={provider}
            plan={plan}
            blocked={blockers.length > 0}
            building={building}
            request={model.request}
            inputsKey={inputsKey}
            onStarted={onStarted}
          />
        </section>
      </aside>
    </div>
  )
}
