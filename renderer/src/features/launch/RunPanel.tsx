import { forwardRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { LaunchSummary } from '../../../../shared/ipc/launch'
import { launchMessage } from '../../../../shared/launch/messages'
import { useFormat } from '../schedule/useFormat'
import { useNavigation } from '../shell/navigationStore'
import { SimulationTag } from '../simulation/SimulationTag'
import { isInterrupted, stopError, useRuns } from './runStore'
import { useCountdown } from './useCountdown'
import { useOnline } from './useOnline'

const TOKEN_CODES = new Set(['token_missing', 'token_invalid', 'forbidden', 'file_host_denied'])

/** A launch as main runs it: live per part, its error in pt-BR with what to do, "Retomar". */
export const RunPanel = forwardRef<HTMLHeadingElement, { summary: LaunchSummary }>(
  function RunPanel({ summary }, headingRef) {
    const { t, i18n } = useTranslation()
    const format = useFormat()
    const open = useNavigation((s) => s.open)
    const resume = useRuns((s) => s.resume)
    const starting = useRuns((s) => s.starting)
    const waiting = useRuns((s) => s.waiting)
    const online = useOnline()
    const lang = i18n.language.startsWith('en') ? 'en' : 'pt-BR'
    const where = t(`launch.providerIn.${summary.provider}`)
    const of = t(`launch.providerOf.${summary.provider}`)
    const error = stopError(summary)
    const limitedUntil =
      error?.code === 'rate_limited' && !summary.active
        ? Date.parse(summary.updatedAt) + Number(error.params['seconds'] ?? 0) * 1000
        : null
    const limitLeft = useCountdown(limitedUntil)
    const waitLeft = useCountdown(
      waiting?.launchId === summary.launchId && summary.active ? waiting.until : null
    )
    const created = summary.parts.filter((part) => part.status === 'created').length
    const interrupted = isInterrupted(summary)
    const done = summary.state === 'done'
    const offline = error?.code === 'offline'
    const canResume = !summary.active && !done && !starting && !(offline && !online)
    const unknownParts = summary.parts.filter((part) => part.status === 'unknown')
    const uploading =
      summary.provider === 'kinbox' &&
      summary.active &&
      summary.upload?.status !== 'done' &&
      created === 0

    return (
      <section
        className={`card launch-run ${interrupted ? 'launch-run--interrupted' : ''}`}
        aria-labelledby="launch-run-title"
        data-testid="launch-run"
        data-state={summary.state}
        data-active={summary.active}
      >
        <div className="launch-card__top">
          <h2 id="launch-run-title" ref={headingRef} tabIndex={-1}>
            {interrupted ? t('launch.interrupted.title') : t('launch.progress.title')}
          </h2>
          {summary.simulated === true && <SimulationTag />}
          <span className={`tag ${done ? 'tag--ok' : error ? 'tag--error' : 'tag--warn'}`}>
            {t(`launch.progress.state.${summary.state}`)}
          </span>
        </div>
        <p>
          <strong>{summary.name}</strong> · {t(`launch.providerName.${summary.provider}`)}
        </p>
        <p className="muted" data-testid="launch-run-counts" aria-live="polite">
          {t('launch.progress.counts', {
            created,
            total: summary.parts.length,
            recipients: format.count(summary.recipients)
          })}
        </p>
        {summary.provider === 'kinbox' && (uploading || summary.upload?.status === 'done') && (
          <p className="launch-step" data-testid="launch-run-upload">
            {uploading ? t('launch.progress.upload.pending') : t('launch.progress.upload.done')}
          </p>
        )}
        <ul className="launch-run__parts">
          {summary.parts.map((part) => (
            <li key={part.part} data-testid="launch-run-part" data-status={part.status}>
              <span className="launch-run__name">{part.name}</span>
              <span className="muted">{format.count(part.recipients)}</span>
              <span
                className={`tag ${part.status === 'created' ? 'tag--ok' : part.status === 'failed' ? 'tag--error' : 'tag--warn'}`}
              >
                {t(`launch.progress.status.${part.status}`)}
              </span>
              {part.campaignId && <code className="launch-run__id">{part.campaignId}</code>}
            </li>
          ))}
        </ul>
        {waitLeft > 0 && (
          <p className="notice notice--warn" role="status" data-testid="launch-run-waiting">
            {t('launch.progress.waiting', { of, seconds: waitLeft })}
          </p>
        )}
        {unknownParts.map((part) => (
          <p key={part.part} className="notice notice--warn" data-testid="launch-run-unknown">
            {t('launch.progress.unknownPart', { part: part.part, where })}
          </p>
        ))}
        {error && !summary.active && !done && (
          <p className="notice notice--error" role="alert" data-testid="launch-run-error">
            {offline
              ? online
                ? t('launch.progress.online')
                : t('launch.progress.offline')
              : launchMessage(error.code, error.params, lang)}
          </p>
        )}
        {done && (
          <p className="notice notice--ok" role="status" data-testid="launch-run-done">
            {t('launch.progress.done', { where })}
          </p>
        )}
        <div className="launch-run__actions">
          {!summary.active && !done && (
            <button
              type="button"
              className="button button--primary"
              disabled={!canResume || limitLeft > 0}
              onClick={() => void resume(summary.launchId)}
              data-testid="launch-resume"
            >
              {limitLeft > 0
                ? t('launch.progress.resumeIn', { seconds: limitLeft })
                : t('launch.progress.resume')}
            </button>
          )}
          {error && TOKEN_CODES.has(error.code) && !summary.active && (
            <button type="button" className="button" onClick={() => open('settings')}>
              {t('launch.progress.settings')}
            </button>
          )}
          {done && (
            <button type="button" className="button" onClick={() => open('campaigns')}>
              {t('launch.progress.campaigns')}
            </button>
          )}
        </div>
      </section>
    )
  }
)
