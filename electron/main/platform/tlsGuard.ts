/**
 * The one home of the rule: NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks for
 * every request the process makes. In a packaged app that is someone else's choice, not the
 * user's, and a token, a signed S3 request or a lead list would go to any impostor, so nothing
 * is sent while it is set. Development builds and the CLI keep it (local test servers).
 */

let packagedBuild = false

/** Main calls this with app.isPackaged at start. */
export function markPackagedBuild(packaged: boolean): void {
  packagedBuild = packaged
}

export interface TlsGuardOptions {
  /** Whether this is a packaged app (default: what main set with markPackagedBuild). */
  packaged?: boolean
  /** Where NODE_TLS_REJECT_UNAUTHORIZED is read (default process.env). */
  env?: Record<string, string | undefined>
}

export const TLS_CHECKS_OFF_REFUSAL =
  'not sent: NODE_TLS_REJECT_UNAUTHORIZED=0 turns off TLS certificate checks; ' +
  'remove it from the environment and open LeadPrep again'

/** True when a request must not be sent: a packaged build with certificate checks turned off. */
export function tlsChecksTurnedOff(options: TlsGuardOptions = {}): boolean {
  const packaged = options.packaged ?? packagedBuild
  const env = options.env ?? process.env
  return packaged && env['NODE_TLS_REJECT_UNAUTHORIZED'] === '0'
}
