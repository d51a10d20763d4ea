import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LaunchProvider } from '../../../../shared/launch/types'
import { useSchedule } from '../schedule/scheduleStore'
import '../simulation/messages'
import { useSimulation } from '../simulation/simulationStore'
import { SimulationTag } from '../simulation/SimulationTag'
import { useFormat } from '../schedule/useFormat'
import { ConfirmDialog } from './ConfirmDialog'
import { shownPlan, useReview, type BuiltPlan, type RebuildRequest } from './reviewStore'
import { useRuns } from './runStore'
import { useWhen } from './useWhen'

interface LaunchBarProps {
  provider: LaunchProvider
  plan: BuiltPlan | null
  blocked: boolean
  building: boolean
  request: RebuildRequest
  /** The inputs' key (useLaunchReview): the same inputs never fire twice by themselves. */
  inputsKey: string
  onStarted(): void
}

/** "Disparar": asks once, then cannot fire again for the same plan (its launchId resumes). */
export function LaunchBar(props: LaunchBarProps) {
  const { provider, plan, blocked, building, request, inputsKey, onStarted } = props
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const refocus = useRef(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  // Back on the button once the dialog is gone (while it is open the page is inert).
  useEffect(() => {
    if (asking || !refocus.current) return
    refocus.current = false
    buttonRef.current?.focus()
  }, [asking])
  const runs = useRuns((s) => s.runs)
  const starting = useRuns((s) => s.starting)
  const startedKey = useRuns((s) => s.startedKey)
  const start = useRuns((s) => s.start)
  const resume = useRuns((s) => s.resume)
  const rebuildNow = useReview((s) => s.rebuildNow)
  const startMode = useSchedule((s) => s.form.startMode)
  const simulation = useSimulation((s) => s.on)
  const launchId = plan?.review?.launchId ?? null
  const journal = launchId ? (runs[launchId] ?? plan?.review?.existing ?? null) : null

  async function ask(): Promise<void> {
    // "Agora" means the click: build again so the plan's times are this instant's.
    if (startMode === 'now') await rebuildNow(request)
    const fresh = shownPlan(useReview.getState().plan, provider)
    if (fresh && !fresh.draft && fresh.review) setAsking(true)
  }

  function close(): void {
    refocus.current = true
    setAsking(false)
  }

  async function confirm(): Promise<void> {
    setAsking(false)
    if (!plan || plan.draft) return
    await start(plan.plan, inputsKey)
    onStarted()
  }

  let note: string | null = null
  let disabled = blocked || !plan || plan.draft || building || starting
  if (journal?.active) {
    note = t('launch.action.running')
    disabled = true
  } else if (journal?.state === 'done') {
    note = t('launch.progress.existingDone')
    disabled = true
  } else if (journal) {
    note = t('launch.progress.existingOpen')
  } else if (startedKey === inputsKey) {
    disabled = true
  }
  const canResume = journal !== null && !journal.active && journal.state !== 'done'

  return (
    <div className="launch-bar" data-testid="launch-bar" data-simulation={simulation}>
      {simulation && (
        <p className="notice notice--warn simulation-note" data-testid="launch-simulation">
          <SimulationTag /> {t('simulation.confirm')}
        </p>
      )}
      {note && (
        <p className="notice notice--warn" data-testid="launch-existing">
          {note}
        </p>
      )}
      {!note && blocked && <p className="muted">{t('launch.action.blocked')}</p>}
      {canResume && launchId ? (
        <button
          type="button"
          className="button button--primary launch-go"
          disabled={starting}
          onClick={() => void resume(launchId).then(onStarted)}
        >
          {t('launch.progress.resume')}
        </button>
      ) : (
        <button
          ref={buttonRef}
          type="button"
          className="button button--primary launch-go"
          disabled={disabled}
          onClick={() => void ask()}
          data-testid="launch-go"
        >
          {starting
            ? t('launch.action.starting')
            : building
              ? t('launch.action.building')
              : t('launch.action.launch')}
        </button>
      )}
      {asking && plan && (
        <ConfirmDialog
          testId="launch-confirm"
          title={t('launch.confirm.title')}
          confirmLabel={t('launch.confirm.go')}
          cancelLabel={t('launch.confirm.cancel')}
          onCancel={close}
          onConfirm={() => void confirm()}
        >
          <ConfirmText plan={plan} />
        </ConfirmDialog>
      )}
    </div>
  )
}

function ConfirmText({ plan }: { plan: BuiltPlan }) {
  const { t } = useTranslation()
  const format = useFormat()
  const when = useWhen()
  const zone = useSchedule((s) => s.form.timeZone)
  const { recipients, parts, provider } = plan.plan
  const first = parts[0]
  const start = when(first?.scheduledAt ?? null, zone) ?? ''
  return (
    <>
      <p className="launch-dialog__question" data-testid="launch-confirm-question">
        {t(`launch.confirm.${provider}`, { count: recipients, n: format.count(recipients) })}
      </p>
      <p>
        {parts.length > 1
          ? t('launch.confirm.many', { count: parts.length, first: first?.name ?? '', start })
          : t('launch.confirm.one', { name: first?.name ?? '', start })}
      </p>
      <p className="muted">{t('launch.confirm.once')}</p>
      {plan.review?.sample.url.includes('.simulacao.invalid') && (
        <p className="notice notice--warn" data-testid="launch-confirm-simulation">
          {t('simulation.confirm')}
        </p>
      )}
    </>
  )
}
