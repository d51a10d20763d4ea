import { useTranslation } from 'react-i18next'
import { STEPS, useNavigation } from './navigationStore'

/** Importar → Limpar → Mapear → Agendar → Disparar, always visible. */
export function Stepper() {
  const { t } = useTranslation()
  const screen = useNavigation((s) => s.screen)
  const open = useNavigation((s) => s.open)
  return (
    <nav className="stepper" aria-label={t('steps.label')}>
      <ol>
        {STEPS.map((step, index) => (
          <li key={step}>
            <button
              type="button"
              className={`stepper__step ${screen === step ? 'stepper__step--current' : ''}`}
              aria-current={screen === step ? 'step' : undefined}
              onClick={() => open(step)}
            >
              <span className="stepper__number">{index + 1}</span>
              {t(`steps.${step}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
