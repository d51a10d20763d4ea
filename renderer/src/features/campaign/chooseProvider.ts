import type { Provider } from '../../../../shared/providers/provider'
import { useClean } from '../clean/cleanStore'
import { useMap } from '../map/mapStore'
import { useSchedule } from '../schedule/scheduleStore'
import { useCampaign } from './campaignStore'

/**
 * The user (or a follow-up) chooses where the campaign goes. The campaign store owns the
 * choice; this composition tells each step that reads it to catch up with its own state:
 * Limpar's worker re-checks the rows for the provider, Mapear drops a preset notice of the
 * other provider and previews again, Agendar plans again. No store calls another's setter:
 * this function is the one place that knows all of them.
 */
export function chooseProvider(provider: Provider): void {
  if (useCampaign.getState().provider === provider) return
  useCampaign.getState().setProvider(provider)
  void useClean.getState().providerChanged()
  useMap.getState().providerChanged()
  useSchedule.getState().update({})
}
