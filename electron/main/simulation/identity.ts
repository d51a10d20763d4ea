import type { ProviderId } from '../../../shared/ipc/schemas'

/**
 * How the simulated accounts are addressed. The hosts are under `.invalid` (RFC 2606: never
 * resolved by any DNS), and only `simulatedFetch` answers them: no socket is ever opened, so
 * even a mistake that sent one of these URLs to the real `fetch` would reach nothing.
 */
export const SIMULATED_BASE_URLS: Record<ProviderId, string> = {
  kinbox: 'https://kinbox.simulacao.invalid',
  integra: 'https://integra.simulacao.invalid'
}

/** Where the simulation keeps Kinbox leads files (in memory; nothing is uploaded). */
export const SIMULATED_FILES_ORIGIN = 'https://arquivos.simulacao.invalid'

/**
 * The simulated accounts' fixed tokens: never a user's, never read from the keychain. The
 * Integra one has the documented key shape so that the simulation checks it like Integra.
 */
export const SIMULATED_TOKENS: Record<ProviderId, string> = {
  kinbox: 'simulacao-kinbox-token',
  integra: `ik_live_${'5'.repeat(64)}`
}
