import { isLoopbackHost } from '../../platform/loopback'
import { LeadsFileHostError } from './errors'

/**
 * Where the leads file may travel. The S3 endpoint receives signed requests and the file
 * holds personal data, so plain http is allowed only on loopback (the fakes, a local
 * MinIO); everything else must be https. The same rule applies to a "hospedo eu mesmo" URL.
 */

function parse(raw: string, what: string): URL {
  try {
    return new URL(raw)
  } catch {
    throw new LeadsFileHostError({
      code: 'invalid_endpoint',
      operation: 'config',
      message: `${what} is not a valid URL`
    })
  }
}

function requireSecure(url: URL, what: string): void {
  const loopbackHttp = url.protocol === 'http:' && isLoopbackHost(url.hostname)
  if (url.protocol !== 'https:' && !loopbackHttp) {
    throw new LeadsFileHostError({
      code: 'insecure_endpoint',
      operation: 'config',
      message: `${what} must be https (plain http only on loopback): ${url.protocol}//${url.host}`
    })
  }
}

/** The S3 endpoint to give the SDK (undefined: AWS S3 itself), or a typed refusal. */
export function checkS3Endpoint(endpoint: string | undefined): string | undefined {
  if (endpoint === undefined) return undefined
  const url = parse(endpoint, 'S3 endpoint')
  requireSecure(url, 'S3 endpoint')
  if (url.username || url.password || url.search || url.hash) {
    throw new LeadsFileHostError({
      code: 'invalid_endpoint',
      operation: 'config',
      message: 'S3 endpoint must not carry credentials, a query or a fragment'
    })
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/** The URL the user hosts the file at ("hospedo eu mesmo"), sent as `leadsAssetUrl`. */
export function checkSelfHostedUrl(raw: string): string {
  const url = parse(raw, 'leads file URL')
  requireSecure(url, 'leads file URL')
  return url.href
}
