import { useTranslation } from 'react-i18next'
import type { SectionKey } from '../../i18n/resources'

/** "Pronto para disparar" or what a launch still needs from this account. */
export function Readiness({
  missing,
  testId
}: {
  missing: readonly SectionKey<'accountSetup', 'missingItems'>[]
  testId: string
}) {
  const { t } = useTranslation()
  if (missing.length === 0) {
    return (
      <span className="badge badge--ok" data-testid={testId}>
        {t('accountSetup.ready')}
      </span>
    )
  }
  const list = missing.map((item) => t(`accountSetup.missingItems.${item}`)).join(', ')
  return (
    <span className="badge badge--warn" data-testid={testId}>
      {t('accountSetup.missing', { list })}
    </span>
  )
}
