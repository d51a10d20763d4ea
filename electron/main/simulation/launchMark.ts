import type { LaunchPlan } from '../../../shared/launch/types'

/**
 * Main alone says whether a launch is simulated, from its own settings: whatever `simulated`
 * the page's plan carried is replaced, so the page can neither choose nor dodge the simulation.
 */
export function markSimulated(plan: LaunchPlan, simulation: boolean): LaunchPlan {
  const { simulated: _given, ...rest } = plan
  void _given
  return simulation ? { ...rest, simulated: true } : rest
}
