import type { LaunchInput, LaunchPlanResult } from '../../../shared/launch'

/**
 * The launch plan, built in the worker over its launchable rows (the rows never leave it
 * until the plan does). The Disparar screen asks for it to review and to start a launch.
 */
export type LaunchCall = {
  kind: 'launchPlan'
} & Pick<LaunchInput, 'provider' | 'name' | 'mapping' | 'start' | 'integra' | 'kinbox'>

export interface LaunchResults {
  launchPlan: LaunchPlanResult
}
