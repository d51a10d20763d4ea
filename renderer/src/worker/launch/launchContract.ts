import { LaunchPlanResult } from '../../../../shared/launch/buildPlan'
import { LaunchPlanRequest } from './launchProtocol'
import { defineWorkerContract } from '../rpc/contract'

/**
 * The launch plan, built in the worker over its launchable rows (the rows never leave it
 * until the plan does). The Disparar screen asks for it to review and to start a launch.
 * The answer is parsed once, here, by the plan's own schema (a plan of 50k leads is big).
 */
export const launchContract = defineWorkerContract({
  launchPlan: { request: LaunchPlanRequest, response: LaunchPlanResult }
})
