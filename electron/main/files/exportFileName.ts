const FALLBACK_NAME = 'leadprep-export'
// Path separators, characters Windows forbids in names, and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[/\\<>:"|?*\u0000-\u001f\u007f]/g
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i

/**
 * The page suggests a name for its export; main's save dialog gets only a base file name
 * from it, never a folder or an absolute path (`/home/ana/.bashrc`, `..\\..\\x.csv`).
 */
export function exportFileName(suggested: string): string {
  const lastPart = suggested.split(/[/\\]/).pop() ?? ''
  const cleaned = lastPart
    .replace(UNSAFE, '')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 200)
  if (cleaned === '' || WINDOWS_RESERVED.test(cleaned)) return FALLBACK_NAME
  return cleaned
}
