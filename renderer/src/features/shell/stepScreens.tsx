import type { ComponentType } from 'react'
import { ImportScreen } from '../import/ImportScreen'
import { ScheduleScreen } from '../schedule/ScheduleScreen'
import { NeedsImport } from './EmptyStep'
import type { StepId } from './navigationStore'

/** Each step's screen; features plug their own in here. */
export const stepScreens: Record<StepId, ComponentType> = {
  import: ImportScreen,
  clean: NeedsImport,
  map: NeedsImport,
  schedule: ScheduleScreen,
  launch: NeedsImport
}
