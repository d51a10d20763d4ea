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
  // A title does not make a name mixed case: "Dr. JOSÉ SILVA" was typed in capitals.
  const name = isSingleCase(afterTitles(collapsed)) ? titleCasePt(collapsed) : collapsed
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
  // Portuguese has no locale-specific case rules (only tr, az and lt do), and the locale-aware
  // calls cost ~75× more on cells sliced from a big file: the plain ones give the same text.
  const upper = text.toUpperCase()
  const lower = text.toLowerCase()
  // No letters at all (e.g. digits) means nothing to recase either way.
  return upper !== lower && (text === upper || text === lower)
}

/** "MARIA DAS GRAÇAS SILVA" → "Maria das Graças Silva" (particles lower unless first). */
export function titleCasePt(text: string): string {
  return collapseSpaces(text)
    .toLowerCase()
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
        : sep + capital(letter) + rest
  )
}

/** A letter's capital; one with no single-letter capital (ß → SS) stays as it is. */
function capital(letter: string): string {
  const upper = letter.toUpperCase()
  return upper.length === letter.length ? upper : letter
}

/** Titles written before a name: never a first name. */
const TITLES = new Set(['dr', 'dra', 'sr', 'sra', 'srta', 'prof', 'profa', 'mr', 'mrs', 'ms'])

/** `Prof.ª`, `Dr.ª`, `Sr.` → `profa`, `dra`, `sr`: dots dropped, ordinal indicators as letters. */
function isTitle(word: string): boolean {
  if (word.length > 6) return false // `prof.ª`, the longest; most names stop here
  return TITLES.has(word.toLowerCase().replace(/\./g, '').replace(/ª/g, 'a').replace(/º/g, 'o'))
}

/** Edge punctuation, symbols and emoji around a word (letters, digits and inner `-'’` stay). */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/** Emoji anywhere in a word ("Ana😀" and "A😀na" alike), with their joiners and selectors. */
const EMOJI = /\p{Extended_Pictographic}|\u200d|\ufe0f/gu

/** The name without the titles written before it: "Dr. JOSÉ SILVA" → "JOSÉ SILVA". */
function afterTitles(name: string): string {
  let at = 0
  for (;;) {
    const space = name.indexOf(' ', at)
    if (space === -1 || space - at > 6) return name.slice(at)
    if (!isTitle(name.slice(at, space))) return name.slice(at)
    at = space + 1
  }
}

/**
 * A person's first name: the first word with a letter, titles (`Dr.`, `Sra.`, `Prof.`) skipped,
 * punctuation stripped (`Pedro,` → `Pedro`); an e-mail, a handle (`@maria`) or an emoji is not
 * a name.
 */
function firstWord(name: string): string {
  const space = name.indexOf(' ')
  const first = space === -1 ? name : name.slice(0, space)
  // Fast path: a plain word of letters (nearly every row).
  if (/^\p{L}+$/u.test(first) && !isTitle(first)) return first
  for (const word of name.split(' ')) {
    if (word.includes('@')) continue
    const bare = word.replace(EMOJI, '').replace(EDGES, '')
    if (!/\p{L}/u.test(bare) || isTitle(bare)) continue
    return bare
  }
  return ''
}
