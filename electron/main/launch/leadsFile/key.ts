import { LeadsFileHostError } from './errors'

/**
 * Object keys. The launch runner names the file `<prefix><launchId>/<file name>`: one folder
 * per launch, so a resumed launch finds (and reuses) its own upload and two launches never
 * overwrite each other. The prefix is used as written (S3 prefixes are plain string starts:
 * `leadprep/` gives `leadprep/<launchId>/…`).
 */

const MAX_KEY_BYTES = 1024

export function leadsFileKey(prefix: string, launchId: string, fileName: string): string {
  for (const [what, part] of [
    ['launchId', launchId],
    ['file name', fileName]
  ] as const) {
    if (part === '' || part.includes('/') || part === '.' || part === '..') {
      throw invalidKey(`${what} must be a non-empty name without "/"`)
    }
  }
  return checkObjectKey(`${prefix}${launchId}/${fileName}`)
}

function invalidKey(message: string): LeadsFileHostError {
  return new LeadsFileHostError({ code: 'invalid_key', operation: 'config', message })
}

/** A key S3 and every compatible host accept the same way. */
export function checkObjectKey(key: string): string {
  if (key === '' || key.startsWith('/'))
    throw invalidKey('object key must not be empty or start with "/"')
  if (new TextEncoder().encode(key).length > MAX_KEY_BYTES)
    throw invalidKey('object key longer than 1024 bytes')
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key)) throw invalidKey('object key has control characters')
  if (key.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw invalidKey('object key must not have "." or ".." segments')
  }
  return key
}
