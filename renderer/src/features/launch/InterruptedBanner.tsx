import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../shell/navigationStore'
import { trackRead } from '../shell/pendingReads'
import './messages'
import { isInterrupted, useRuns } from './runStore'
import './launch.css'

/**
 * On start and on every screen but Disparar: a launch the app (or a crash, or the network)
 * left midway, with "Retomar"; or one still running, with a way to follow it.
 */
export function InterruptedBanner() {
  const { t } = useTranslation()
  const screen = useNavigation((s) => s.screen)
  const open = useNavigation((s) => s.open)
  const launches = useRuns((s) => s.launches)
  const runs = useRuns((s) => s.runs)
  const listen = useRuns((s) => s.listen)
  const loadLaunches = useRuns((s) => s.loadLaunches)
  const resume = useRuns((s) => s.resume)
  const follow = useRuns((s) => s.follow)
  const starting = useRuns((s) => s.starting)

  useEffect(() => {
    listen()
    void trackRead(loadLaunches())
  }, [listen, loadLaunches])

  if (screen === 'launch' || !launches) return null
  const latest = launches.map((l) => runs[l.launchId] ?? l)
  const stopped = latest.find(isInterrupted)
  const running = latest.find((l) => l.active)
  const shown = stopped ?? running
  if (!shown) return null
  const provider = t(`launch.providerName.${shown.provider}`)
  const created = shown.parts.filter((part) => part.status === 'created').length

  const see = () => {
    follow(shown.launchId)
    open('launch')
  }
  return (
    <div
      className={`launch-banner notice ${stopped ? 'notice--warn' : 'notice--ok'}`}
      role="status"
      data-testid="launch-banner"
    >
      {stopped ? (
        <span>
          <strong>{t('launch.interrupted.title')}</strong>{' '}
          {t('launch.interrupted.body', {
            name: shown.name,
            provider,
            created,
            count: shown.parts.length
          })}
        </span>
      ) : (
        <span>{t('launch.interrupted.running', { name: shown.name, provider })}</span>
      )}
      <span className="launch-banner__actions">
        {stopped && (
          <button
            type="button"
            className="button button--primary launch-small"
            disabled={starting}
            onClick={() => {
              see()
              void resume(shown.launchId)
            }}
          >
            {t('launch.interrupted.resume')}
          </button>
        )}
        <button type="button" className="button launch-small" onClick={see}>
          {stopped ? t('launch.interrupted.view') : t('launch.interrupted.follow')}
        </button>
      </span>
    </div>
  )
}
