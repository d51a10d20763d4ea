import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { trackRead } from '../shell/pendingReads'
import { useSimulation } from './simulationStore'
import './messages'
import './simulation.css'

/** On every screen while simulation mode is on: nothing the user does here is really sent. */
export function SimulationBanner() {
  const { t } = useTranslation()
  const on = useSimulation((s) => s.on)
  const load = useSimulation((s) => s.load)
  useEffect(() => {
    void trackRead(load())
  }, [load])
  if (!on) return null
  return (
    <div className="simulation-banner" role="status" data-testid="simulation-banner">
      <strong>{t('simulation.banner')}</strong>
      <span>{t('simulation.bannerHint')}</span>
    </div>
  )
}
