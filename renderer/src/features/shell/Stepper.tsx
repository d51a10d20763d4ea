import { useTranslation } from 'react-i18next'
import { shortcutAria, shortcutText } from '../../../../shared/ui/shortcuts'
import { isMac } from './keyboard'
import { STEPS, useNavigation } from './navigationStore'

/** Importar → Limpar → Mapear → Agendar → Disparar, always visible. */
export function Stepper() {
  const { t } = useTranslation()
  const screen = useNavigation((s) => s.screen)
  const open = useNavigation((s) => s.open)
  const lastStep = useNavigation((s) => s.lastStep)
  const at = STEPS.indexOf(lastStep)
  const mac = isMac()
  // The neighbours of the current step say their shortcut (shared/ui/shortcuts.ts).
  const hint = (index: number) =>
    index === at + 1
      ? { id: 'next-step' as const, text: t('steps.next') }
      : index === at - 1
        ? { id: 'previous-step' as const, text: t('steps.previous') }
        : null
  return (
    <nav className="stepper" aria-label={t('steps.label')}>
      <ol>
        {STEPS.map((step, index) => {
          const shortcut = hint(index)
          return (
            <li key={step}>
              <button
                type="button"
                className={`stepper__step ${screen === step ? 'stepper__step--current' : ''}`}
                aria-current={screen === step ? 'step' : undefined}
                title={
                  shortcut ? `${shortcut.text} (${shortcutText(shortcut.id, mac)})` : undefined
                }
                aria-keyshortcuts={shortcut ? shortcutAria(shortcut.id, mac) : undefined}
                onClick={() => open(step)}
              >
                <span className="stepper__number">{index + 1}</span>
                {t(`steps.${step}`)}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
