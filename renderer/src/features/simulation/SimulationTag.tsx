import { useTranslation } from 'react-i18next'
import './messages'
import './simulation.css'

/** "Simulação", on what was (or will be) made in simulation mode. */
export function SimulationTag({ title }: { title?: string }) {
  const { t } = useTranslation()
  return (
    <span className="tag simulation-tag" data-testid="simulation-tag" title={title}>
      {t('simulation.tag')}
    </span>
  )
}
