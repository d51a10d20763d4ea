import { createKinboxClient } from '../../providers/kinbox/client'
import { ProviderError } from '../../providers/errors'
import type { SecretStore } from '../../secrets/SecretStore'
import type { SettingsStore } from '../../settings/settingsStore'
import { providerClients } from '../../simulation/providerClients'
import type { Simulation } from '../../simulation/simulation'
import type { IpcHandlerTable } from '../dispatch'

/**
 * Kinbox calls the renderer may ask for. A provider failure is an answer, not an IPC error:
 * the Agendar screen shows it and falls back to hand-typed hours.
 */
export function kinboxHandlers(
  secrets: SecretStore,
  baseUrl?: string,
  /** In simulation mode the simulated Kinbox answers (no keychain read). */
  simulated?: { settings: SettingsStore; simulation: Simulation }
): Pick<IpcHandlerTable, 'kinbox:business-hours'> {
  const client = createKinboxClient({
    ...(baseUrl ? { baseUrl } : {}),
    getToken: () => secrets.get('kinbox')
  })
  return {
    'kinbox:business-hours': async () => {
      if (simulated && (await simulated.settings.get()).simulation === true) {
        const { kinbox } = providerClients({ simulation: simulated.simulation })
        return { ok: true, sets: await kinbox.listBusinessHours() }
      }
      if ((await secrets.get('kinbox')) === null) {
        return { ok: false, failure: { kind: 'not_configured', message: 'kinbox token not set' } }
      }
      try {
        return { ok: true, sets: await client.listBusinessHours() }
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error
        const failure = { kind: error.kind, message: error.message }
        return { ok: false, failure: error.status ? { ...failure, status: error.status } : failure }
      }
    }
  }
}
