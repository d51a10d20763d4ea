import type { ComponentType } from 'react'
import { CleanScreen } from '../clean/CleanScreen'
import { ImportScreen } from '../import/ImportScreen'
import { MapScreen } from '../map/MapScreen'
import { ScheduleScreen } from '../schedule/ScheduleScreen'
import { NeedsImport } from './EmptyStep'
import type { StepId } from './navigationStore'

/** Each step's screen; features plug their own in here. */
export const stepScreens: Record<StepId, ComponentType> = {
  import: ImportScreen,
  clean: CleanScreen,
  map: MapScreen,
  schedule: ScheduleScreen,
  launch: NeedsImport
}
