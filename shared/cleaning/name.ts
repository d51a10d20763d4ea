/** Portuguese particles kept lower case inside a title-cased name (cleaning.md "Names"). */
const PARTICLES = new Set(['da', 'de', 'do', 'das', 'dos', 'e'])

export interface CleanName {
  name: string
  firstName: string
}

/**
 * Trim and collapse whitespace; a name typed ALL CAPS or all lower case is title-cased with
 * the particles lower case, a mixed-case name is kept as typed (it may be deliberate: McDonald).
 */
/** Whitespace to trim or collapse: anything but single spaces between words. */
const UNTIDY_SPACE = /^\s|\s$|[^\S ]| {2}/

export function cleanName(raw: string): CleanName {
  // Most cells are already tidy: skip building new strings for them (100k rows per file).
  const collapsed = UNTIDY_SPACE.test(raw) ? raw.trim().replace(/\s+/g, ' ') : raw
  const name = isSingleCase(collapsed) ? titleCase(collapsed) : collapsed
  const space = name.indexOf(' ')
  return { name, firstName: space === -1 ? name : name.slice(0, space) }
}

function isSingleCase(text: string): boolean {
  // Fast path, no allocation: an ASCII lower- and upper-case letter both present is mixed case.
  if (/[a-z]/.test(text) && /[A-Z]/.test(text)) return false
  const upper = text.toUpperCase()
  const lower = text.toLowerCase()
  // No letters at all (e.g. digits) means nothing to recase either way.
  return upper !== lower && (text === upper || text === lower)
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && PARTICLES.has(word) ? word : capitalizeParts(word)))
    .join(' ')
}

/** Capitalize each part of `ana-maria` or `d'ávila`. */
function capitalizeParts(word: string): string {
  const head = word.charAt(0).toUpperCase() + word.slice(1)
  if (!/[-'’]/.test(head)) return head
  return head.replace(
    /([-'’])(\p{L})/gu,
    (_, sep: string, letter: string) => sep + letter.toUpperCase()
  )
}
