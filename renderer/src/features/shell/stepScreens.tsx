import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { NeedsImport } from './EmptyStep'
import type { StepId } from './navigationStore'

function ImportIntro() {
  const { t } = useTranslation()
  return (
    <div className="empty-state" data-testid="import-intro">
      <h2>{t('empty.import.title')}</h2>
      <p className="muted">{t('empty.import.body')}</p>
    </div>
  )
}

/** Each step's screen; features plug their own in here. */
export const stepScreens: Record<StepId, ComponentType> = {
  import: ImportIntro,
  clean: NeedsImport,
  map: NeedsImport,
  schedule: NeedsImport,
  launch: NeedsImport
}
