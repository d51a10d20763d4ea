import { useTranslation } from 'react-i18next'
import { useOptimisticToggle } from '../../ui/useOptimisticToggle'
import { useSimulation } from './simulationStore'
import './messages'
import './simulation.css'

/** Configurações: simulation mode on or off (saved in main's settings). */
export function SimulationToggle() {
  const { t } = useTranslation()
  const on = useSimulation((s) => s.on)
  const loaded = useSimulation((s) => s.loaded)
  const failed = useSimulation((s) => s.failed)
  const set = useSimulation((s) => s.set)
  // The click shows at once; main's saved answer (or a refusal) follows.
  const [shown, choose] = useOptimisticToggle(on, set)
  return (
    <div className={`card simulation-toggle ${on ? 'simulation-toggle--on' : ''}`}>
      <label className="simulation-toggle__label">
        <input
          type="checkbox"
          checked={shown}
          disabled={!loaded}
          onChange={(event) => choose(event.target.checked)}
          aria-describedby="simulation-toggle-help"
          data-testid="simulation-toggle"
        />
        <strong>{t('simulation.toggle')}</strong>
      </label>
      <p id="simulation-toggle-help" className="muted">
        — {t('simulation.toggleHelp')}
      </p>
      {failed && (
        <p className="notice notice--error" role="alert">
          {t('simulation.toggleFailed')}
        </p>
      )}
    </div>
  )
}
