import type { ProviderId } from '../../../shared/ipc/schemas'
import { isLoopbackHost } from '../platform/loopback'

/**
 * Where each provider lives. Production URLs come from providers.md; an override exists for
 * the fake servers and for staging, but plain http is allowed on loopback only, so a typo
 * in an environment variable can never send a token in clear text over a network.
 */
export const DEFAULT_BASE_URLS: Record<ProviderId, string> = {
  kinbox: 'https://api4.kinbox.com.br',
  integra: 'https://api.useintegra.com.br'
}

export const BASE_URL_ENV: Record<ProviderId, string> = {
  kinbox: 'LEADPREP_KINBOX_URL',
  integra: 'LEADPREP_INTEGRA_URL'
}

/** A base URL refused by resolveBaseUrl; `variable` names where an override came from. */
export class BaseUrlError extends Error {
  constructor(
    readonly provider: ProviderId,
    readonly variable: string | null,
    message: string
  ) {
    super(message)
    this.name = 'BaseUrlError'
  }
}

let overrideEnv: Record<string, string | undefined> = process.env

/**
 * Whether LEADPREP_KINBOX_URL / LEADPREP_INTEGRA_URL count. Main turns them off in a packaged
 * build (app.isPackaged), where they could send the Bearer token to any https host; the CLI
 * and tests keep them (cli.md documents them).
 */
export function allowBaseUrlOverrides(allowed: boolean): void {
  overrideEnv = allowed ? process.env : {}
}

/**
 * The base URL to use: `configured` if given, else the environment variable, else the
 * default. Throws on anything that is not https (or http on loopback) or that carries
 * credentials, a query or a fragment. The result has no trailing slash.
 */
export function resolveBaseUrl(
  provider: ProviderId,
  configured?: string,
  env: Record<string, string | undefined> = overrideEnv
): string {
  const fromEnv = configured === undefined ? env[BASE_URL_ENV[provider]] : undefined
  const raw = configured ?? fromEnv ?? DEFAULT_BASE_URLS[provider]
  const refuse = (message: string) =>
    new BaseUrlError(provider, fromEnv === undefined ? null : BASE_URL_ENV[provider], message)
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw refuse(`${provider} base URL is not a valid URL`)
  }
  const loopbackHttp = url.protocol === 'http:' && isLoopbackHost(url.hostname)
  if (url.protocol !== 'https:' && !loopbackHttp) {
    throw refuse(`${provider} base URL must be https (http only on loopback): ${url.origin}`)
  }
  if (url.username || url.password || url.search || url.hash) {
    throw refuse(`${provider} base URL must not carry credentials, a query or a fragment`)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
