import { writeFileAtomic } from '../../platform/atomicWrite'
import { checkSelfHostedUrl } from './endpoint'
import type { HostedLeadsFile, LeadsFileHost, SelfLeadsFileTarget } from './types'

/**
 * "Hospedo eu mesmo": the file is written (atomically: a crash leaves the old file or the
 * new one, never half) where the user said, and the URL the user gave is what Kinbox gets.
 * The key is the path written; the URL does not expire as far as we know.
 */
export interface SelfLeadsFileHost extends LeadsFileHost {
  readonly host: 'self'
}

export function createSelfLeadsFileHost(target: SelfLeadsFileTarget): SelfLeadsFileHost {
  const url = checkSelfHostedUrl(target.url)
  const hosted: HostedLeadsFile = { key: target.saveTo, url, expiresAt: null }
  return {
    host: 'self',
    async upload(_key, bytes) {
      await writeFileAtomic(target.saveTo, bytes)
      return { ...hosted }
    },
    urlFor: () => Promise.resolve({ ...hosted }),
    // The file is the user's to serve (and keep): nothing is deleted on their side.
    remove: () => Promise.resolve()
  }
}
