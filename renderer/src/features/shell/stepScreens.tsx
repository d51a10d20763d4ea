import type { ComponentType } from 'react'
import { CleanScreen } from '../clean/CleanScreen'
import { ImportScreen } from '../import/ImportScreen'
import { ReviewScreen } from '../launch/ReviewScreen'
import { MapScreen } from '../map/MapScreen'
import { ScheduleScreen } from '../schedule/ScheduleScreen'
import type { StepId } from './navigationStore'

/** Each step's screen; features plug their own in here. */
export const stepScreens: Record<StepId, ComponentType> = {
  import: ImportScreen,
  clean: CleanScreen,
  map: MapScreen,
  schedule: ScheduleScreen,
  launch: ReviewScreen
}
