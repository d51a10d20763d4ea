import type { ProviderId } from '../../../shared/ipc/schemas'
import type { HttpClientOptions } from '../providers/http'
import { createIntegraClient, type IntegraClient } from '../providers/integra/client'
import { createKinboxClient, type KinboxClient } from '../providers/kinbox/client'
import { SIMULATED_BASE_URLS, SIMULATED_TOKENS } from './identity'
import type { Simulation } from './simulation'

/**
 * The one place that decides real or simulated provider clients, for a launch and for
 * Campanhas alike. Simulated clients get the simulation's `fetch`, its `.invalid` base URLs
 * and a fixed token: the keychain is never asked, and no real API can be reached. Real ones
 * are built exactly as before (keychain token read at call time, base URL overrides).
 */
export interface ProviderClients {
  simulated: boolean
  kinbox: KinboxClient
  integra: IntegraClient
  /** The token the clients send: the keychain's, or the simulation's fixed one. */
  getToken(provider: ProviderId): Promise<string | null>
}

export interface RealProviders {
  getToken(provider: ProviderId): Promise<string | null>
  baseUrls?: Partial<Record<ProviderId, string>>
  /** Integra's requests go through a limiter (60 a minute per key). */
  integraFetch?: typeof fetch
}

export type ProviderSide = { simulation: Simulation } | { real: RealProviders }

type Common = Omit<HttpClientOptions, 'provider' | 'baseUrl' | 'fetch'>

/** A simulated launch or campaign without a simulation to run in is refused, never sent. */
export class SimulationUnavailableError extends Error {
  constructor() {
    super('simulation mode is not available here: nothing was sent')
    this.name = 'SimulationUnavailableError'
  }
}

/**
 * The side a launch or journal uses: marked `simulated`, the simulation (or an error, never a
 * fall back to real); else the real providers, built only then.
 */
export function sideFor(
  simulated: boolean,
  simulation: Simulation | undefined,
  real: () => RealProviders
): ProviderSide {
  if (!simulated) return { real: real() }
  if (simulation === undefined) throw new SimulationUnavailableError()
  return { simulation }
}

export function providerClients(side: ProviderSide, common: Common = {}): ProviderClients {
  if ('simulation' in side) {
    const { simulation } = side
    const getToken = (provider: ProviderId) => Promise.resolve(SIMULATED_TOKENS[provider])
    return {
      simulated: true,
      kinbox: createKinboxClient({
        ...common,
        baseUrl: SIMULATED_BASE_URLS.kinbox,
        fetch: simulation.fetch,
        getToken: () => getToken('kinbox')
      }),
      integra: createIntegraClient({
        ...common,
        baseUrl: SIMULATED_BASE_URLS.integra,
        fetch: simulation.fetch,
        getToken: () => getToken('integra')
      }),
      getToken
    }
  }
  const { real } = side
  return {
    simulated: false,
    kinbox: createKinboxClient({
      ...common,
      ...(real.baseUrls?.kinbox !== undefined && { baseUrl: real.baseUrls.kinbox }),
      getToken: () => real.getToken('kinbox')
    }),
    integra: createIntegraClient({
      ...common,
      ...(real.baseUrls?.integra !== undefined && { baseUrl: real.baseUrls.integra }),
      ...(real.integraFetch && { fetch: real.integraFetch }),
      getToken: () => real.getToken('integra')
    }),
    getToken: (provider) => real.getToken(provider)
  }
}
