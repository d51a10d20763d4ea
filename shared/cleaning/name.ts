/**
 * The one name cleaner (cleaning.md "Names"); shared/mapping/nameCase.ts delegates here.
 * Trim and collapse whitespace; a name typed ALL CAPS or all lower case is title-cased with
 * the particles lower case, a mixed-case name is kept as typed (it may be deliberate: McDonald).
 */

/** Portuguese particles kept lower case inside a title-cased name. */
const PARTICLES = new Set(['da', 'de', 'do', 'das', 'dos', 'e'])

export interface CleanName {
  name: string
  firstName: string
}

/** Whitespace to trim or collapse: anything but single spaces between words. */
const UNTIDY_SPACE = /^\s|\s$|[^\S ]| {2}/

export function collapseSpaces(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.trim().replace(/\s+/g, ' ') : text
}

export function cleanName(raw: string): CleanName {
  // Most cells are already tidy: skip building new strings for them (100k rows per file).
  const collapsed = collapseSpaces(raw)
  const name = isSingleCase(collapsed) ? titleCasePt(collapsed) : collapsed
  return { name, firstName: firstWord(name) }
}

/** A person's name as cleaning.md writes it: ALL CAPS or all lower is title-cased, mixed kept. */
export function cleanPersonName(text: string): string {
  return cleanName(text).name
}

/** The first name of a cleaned name: "  DR. JOSÉ CONCEIÇÃO" → "José". */
export function firstNameOf(text: string): string {
  return cleanName(text).firstName
}

function isSingleCase(text: string): boolean {
  // Fast path, no allocation: an ASCII lower- and upper-case letter both present is mixed case.
  if (/[a-z]/.test(text) && /[A-Z]/.test(text)) return false
  const upper = text.toLocaleUpperCase('pt-BR')
  const lower = text.toLocaleLowerCase('pt-BR')
  // No letters at all (e.g. digits) means nothing to recase either way.
  return upper !== lower && (text === upper || text === lower)
}

/** "MARIA DAS GRAÇAS SILVA" → "Maria das Graças Silva" (particles lower unless first). */
export function titleCasePt(text: string): string {
  return collapseSpaces(text)
    .toLocaleLowerCase('pt-BR')
    .split(' ')
    .map((word, i) => (i > 0 && PARTICLES.has(word) ? word : capitalizeParts(word)))
    .join(' ')
}

/**
 * Capitalize each part of `ana-maria`, `d'ávila` or `apas/marilia`; a possessive `'s` stays
 * lower (`unimed's` → `Unimed's`).
 */
function capitalizeParts(word: string): string {
  return word.replace(
    /(^|[-'’/])(\p{L})(\p{L}*)/gu,
    (whole, sep: string, letter: string, rest: string) =>
      (sep === "'" || sep === '’') && letter === 's' && rest === ''
        ? whole
        : sep + letter.toLocaleUpperCase('pt-BR') + rest
  )
}

/** Titles written before a name: never a first name. */
const TITLES = new Set(['dr', 'dra', 'sr', 'sra', 'srta', 'prof', 'profa', 'mr', 'mrs', 'ms'])

/** Edge punctuation, symbols and emoji around a word (letters, digits and inner `-'’` stay). */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/**
 * A person's first name: the first word with a letter, titles (`Dr.`, `Sra.`, `Prof.`) skipped,
 * punctuation stripped (`Pedro,` → `Pedro`); an e-mail, a handle (`@maria`) or an emoji is not
 * a name.
 */
function firstWord(name: string): string {
  const space = name.indexOf(' ')
  const first = space === -1 ? name : name.slice(0, space)
  // Fast path: a plain word of letters (nearly every row).
  if (/^\p{L}+$/u.test(first) && !TITLES.has(first.toLowerCase())) return first
  for (const word of name.split(' ')) {
    if (word.includes('@')) continue
    const bare = word.replace(EDGES, '')
    if (!/\p{L}/u.test(bare) || TITLES.has(bare.toLowerCase())) continue
    return bare
  }
  return ''
}
