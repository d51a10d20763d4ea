import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LaunchDraftView } from '../../../../shared/ipc/launchDraft'
import { EXCLUSION_REASONS } from '../../../../shared/launch/types'
import { api } from '../../api/client'
import { useWhen } from '../launch/useWhen'
import { useFormat } from '../schedule/useFormat'
import { useCampaigns } from './campaignsStore'
import { duplicateAsNewCampaign } from './duplicateSent'
import '../launch/messages'

type Loaded =
  { kind: 'loading' } | { kind: 'failed' } | { kind: 'done'; draft: LaunchDraftView | null }

/**
 * The launch's draft, from main by launch id. Asked again at each Campanhas refresh while none
 * is found (the page marks a draft launched just after the launch starts); once found it never
 * changes (a launched draft is frozen). The panel is keyed by launch: one launch per state.
 */
function useLaunchDraft(launchId: string): Loaded {
  const refreshedAt = useCampaigns((s) => s.refreshedAt)
  const [state, setState] = useState<Loaded>({ kind: 'loading' })
  const found = state.kind === 'done' && state.draft !== null
  useEffect(() => {
    if (found) return
    let live = true
    api('draftForLaunch', { launchId }).then(
      ({ draft }) => {
        if (live) setState({ kind: 'done', draft })
      },
      () => {
        if (live) setState({ kind: 'failed' })
      }
    )
    return () => {
      live = false
    }
  }, [launchId, refreshedAt, found])
  return state
}

/** Campanhas' "O que foi enviado": the list, the choices and the text the launch went out with. */
export function SentPanel({ launchId }: { launchId: string }) {
  const { t } = useTranslation()
  const state = useLaunchDraft(launchId)
  return (
    <section
      className="card campaign-sent"
      aria-labelledby="sent-title"
      data-testid="campaign-sent"
    >
      <h3 id="sent-title">{t('campaigns.sent.title')}</h3>
      {state.kind === 'loading' && <p className="muted">{t('campaigns.sent.loading')}</p>}
      {state.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t('campaigns.sent.failed')}
        </p>
      )}
      {state.kind === 'done' && state.draft === null && (
        <p className="notice notice--warn" data-testid="sent-none">
          {t('campaigns.sent.none')}
        </p>
      )}
      {state.kind === 'done' && state.draft !== null && <SentDraft draft={state.draft} />}
    </section>
  )
}

function SentDraft({ draft }: { draft: LaunchDraftView }) {
  const { t } = useTranslation()
  return (
    <>
      <p className="muted">{t('campaigns.sent.intro')}</p>
      <div className="campaign-sent__grid">
        <SentList draft={draft} />
        <SentMapping draft={draft} />
        <SentText draft={draft} />
        <SentSchedule draft={draft} />
        <SentDestination draft={draft} />
      </div>
      <DuplicateButton draft={draft} />
    </>
  )
}

function SentList({ draft }: { draft: LaunchDraftView }) {
  const { t } = useTranslation()
  const format = useFormat()
  const excluded = draft.excluded
  const reasons = EXCLUSION_REASONS.filter((reason) => (excluded?.[reason] ?? 0) > 0)
  return (
    <div className="campaign-sent__block" data-testid="sent-list">
      <h4>{t('campaigns.sent.list')}</h4>
      <dl className="campaign-sent__facts">
        <div>
          <dt>{t('campaigns.sent.file')}</dt>
          <dd data-testid="sent-file">{draft.fileName}</dd>
        </div>
        {/* A text file has no sheets: nothing to say about one. */}
        {!/\.(csv|tsv|txt)$/i.test(draft.fileName) && (
          <div>
            <dt>{t('campaigns.sent.sheet')}</dt>
            <dd>{draft.sheet ?? t('campaigns.sent.sheetAuto')}</dd>
          </div>
        )}
        <div>
          <dt>{t('campaigns.sent.leads')}</dt>
          <dd data-testid="sent-leads">
            {draft.leadsSent === null ? t('campaigns.sent.unknown') : format.count(draft.leadsSent)}
          </dd>
        </div>
      </dl>
      <h5>{t('campaigns.sent.excluded')}</h5>
      {excluded === null ? (
        <p className="muted">{t('campaigns.sent.unknown')}</p>
      ) : reasons.length === 0 ? (
        <p className="muted">{t('campaigns.sent.noneExcluded')}</p>
      ) : (
        <ul className="campaign-sent__rows" data-testid="sent-excluded">
          {reasons.map((reason) => (
            <li key={reason} data-reason={reason}>
              <span>{t(`launch.excluded.reasons.${reason}`)}</span>
              <strong>{format.count(excluded?.[reason] ?? 0)}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function SentMapping({ draft }: { draft: LaunchDraftView }) {
  const { t } = useTranslation()
  const mapping = draft.mapping
  const column = (name: string | null) => name ?? t('campaigns.sent.noColumn')
  /** [what is filled, from which column, a variable key (shown as typed)]. */
  type Row = [string, string, boolean]
  const rows: Row[] = mapping
    ? [
        [t('campaigns.sent.phone'), column(mapping.phone), false],
        ...(mapping.ddd === null
          ? []
          : ([[t('campaigns.sent.ddd'), column(mapping.ddd), false]] as Row[])),
        [t('campaigns.sent.name'), column(mapping.name), false],
        ...mapping.variables.map((variable): Row => [
          `{{${variable.key}}}`,
          column(variable.column),
          true
        ])
      ]
    : []
  return (
    <div className="campaign-sent__block" data-testid="sent-mapping">
      <h4>{t('campaigns.sent.mapping')}</h4>
      {mapping === null ? (
        <p className="muted">{t('campaigns.sent.noMapping')}</p>
      ) : (
        <ul className="campaign-sent__rows">
          {rows.map(([variable, from, key], index) => (
            <li key={index}>
              <span className={key ? 'campaign-sent__variable' : undefined}>{variable}</span>
              <span aria-hidden="true">←</span>
              <span className="campaign-sent__column">{from}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

const CONFIG_KEYS = [
  'max_concurrent',
  'call_timeout',
  'machine_detection_timeout',
  'voicemail_mode',
  'outbound_auto_greet'
] as const

function SentText({ draft }: { draft: LaunchDraftView }) {
  const { t } = useTranslation()
  if (draft.provider === 'kinbox')
    return (
      <div className="campaign-sent__block" data-testid="sent-message">
        <h4>{t('campaigns.sent.message')}</h4>
        <p className="campaign-sent__text">{draft.message}</p>
      </div>
    )
  const config = draft.integraConfig
  const value = (key: (typeof CONFIG_KEYS)[number]): string | null => {
    const raw = config?.[key]
    if (raw === undefined) return null
    if (key === 'voicemail_mode')
      return t(`campaigns.sent.voicemailMode.${raw as 'hangup' | 'tts'}`)
    if (key === 'outbound_auto_greet') return raw ? t('campaigns.sent.yes') : t('campaigns.sent.no')
    if (key === 'max_concurrent') return String(raw)
    return t('campaigns.sent.seconds', { value: raw })
  }
  return (
    <div className="campaign-sent__block" data-testid="sent-message">
      <h4>{t('campaigns.sent.voicemail')}</h4>
      {draft.voicemail.enabled && draft.voicemail.text.trim() !== '' ? (
        <p className="campaign-sent__text">{draft.voicemail.text}</p>
      ) : (
        <p className="muted">{t('campaigns.sent.noVoicemail')}</p>
      )}
      {config && (
        <>
          <h5>{t('campaigns.sent.integraConfig')}</h5>
          <dl className="campaign-sent__facts" data-testid="sent-integra-config">
            {CONFIG_KEYS.flatMap((key) => {
              const shown = value(key)
              return shown === null
                ? []
                : [
                    <div key={key}>
                      <dt>{t(`campaigns.sent.config.${key}`)}</dt>
                      <dd>{shown}</dd>
                    </div>
                  ]
            })}
          </dl>
        </>
      )}
    </div>
  )
}

function SentSchedule({ draft }: { draft: LaunchDraftView }) {
  const { t } = useTranslation()
  const when = useWhen()
  const schedule = draft.schedule
  if (schedule === null)
    return (
      <div className="campaign-sent__block" data-testid="sent-schedule">
        <h4>{t('campaigns.sent.schedule')}</h4>
        <p className="muted">{t('campaigns.sent.unknown')}</p>
      </div>
    )
  const pace = schedule.kinbox
    ? t('launch.schedule.kinboxPace', {
        chunkSize: schedule.kinbox.chunkSize ?? '—',
        messageGap: schedule.kinbox.secondsBetweenMessages ?? '—',
        chunkGap: schedule.kinbox.secondsBetweenChunks ?? '—'
      })
    : schedule.integra
      ? t('launch.schedule.integraPace', {
          concurrent: schedule.integra.maxConcurrent ?? '—',
          average: schedule.integra.averageCallSeconds ?? '—'
        })
      : null
  return (
    <div className="campaign-sent__block" data-testid="sent-schedule">
      <h4>{t('campaigns.sent.schedule')}</h4>
      <dl className="campaign-sent__facts">
        <div>
          <dt>{t('launch.schedule.start')}</dt>
          <dd>{when(schedule.startAt, schedule.timeZone) ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('launch.schedule.finish')}</dt>
          <dd>
            {when(schedule.expectedEndAt, schedule.timeZone) ?? t('launch.schedule.noFinish')}
          </dd>
        </div>
      </dl>
      <p className="muted">
        {t('campaigns.sent.parts', { count: schedule.parts })}
        {pace && ` · ${pace}`}
      </p>
    </div>
  )
}

function SentDestination({ draft }: { draft: LaunchDraftView }) {
  const { t } = useTranslation()
  const account = draft.account
  const facts: [string, string][] =
    account === null
      ? []
      : account.provider === 'kinbox'
        ? [
            [t('launch.account.channel'), account.channelId ?? t('launch.account.none')],
            [t('launch.account.operator'), account.operatorName ?? t('launch.account.none')],
            [t('launch.account.businessHours'), account.businessHoursId ?? t('launch.account.none')]
          ]
        : [
            [t('launch.account.project'), account.projectId],
            [t('launch.account.agent'), account.agentId],
            [t('launch.account.phoneNumber'), account.phoneNumberId]
          ]
  return (
    <div className="campaign-sent__block" data-testid="sent-account">
      <h4>{t('campaigns.sent.destination')}</h4>
      <dl className="campaign-sent__facts">
        <div>
          <dt>{t('campaigns.sent.provider')}</dt>
          <dd>{t(`launch.provider.${draft.provider}`)}</dd>
        </div>
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}

function DuplicateButton({ draft }: { draft: LaunchDraftView }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function duplicate(): Promise<void> {
    setBusy(true)
    setError(null)
    const failed = await duplicateAsNewCampaign(draft.draftId)
    // On success the app is on Limpar already and this panel is gone.
    setError(failed)
    setBusy(false)
  }
  return (
    <div className="campaign-sent__actions">
      <button
        type="button"
        className="button button--primary"
        disabled={!draft.sourceAvailable || busy}
        onClick={() => void duplicate()}
      >
        {busy ? t('campaigns.sent.duplicating') : t('campaigns.sent.duplicate')}
      </button>
      <span className="muted">
        {draft.sourceAvailable
          ? t('campaigns.sent.duplicateHint')
          : t('campaigns.sent.sourceMissing')}
      </span>
      {error !== null && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
