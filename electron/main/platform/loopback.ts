/** This machine's own addresses: where the fakes and a local MinIO listen, and nobody else. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase())
}

/** A URL that stays on this machine (false for anything that does not parse). */
export function isLoopbackUrl(raw: string): boolean {
  try {
    return isLoopbackHost(new URL(raw).hostname)
  } catch {
    return false
  }
}
