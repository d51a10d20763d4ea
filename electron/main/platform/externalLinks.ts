/** Hosts the app may send the user's browser to (and their subdomains): its own and the providers'. */
const EXTERNAL_HOSTS = ['leadprep.com.br', 'kinbox.com.br', 'useintegra.com.br']

const isAllowedHost = (host: string): boolean =>
  EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))

/** The one gate for leaving the app: only https URLs to known hosts reach the user's browser. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      url.port === '' &&
      isAllowedHost(url.hostname)
    )
  } catch {
    return false
  }
}
