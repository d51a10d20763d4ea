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
  return isTidy(text) ? text : text.trim().replace(/\s+/g, ' ')
}

/** !UNTIDY_SPACE.test(text), in one pass without a regex (every name cell goes through it). */
function isTidy(text: string): boolean {
  const last = text.length - 1
  let space = false
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) {
      if (space || i === 0 || i === last) return false
      space = true
    } else if ((c >= 9 && c <= 13) || (c >= 0xa0 && isOtherSpace(c))) {
      return !UNTIDY_SPACE.test(text)
    } else space = false
  }
  return true
}

/** Characters \s matches above U+009F (the regex decides for any of them). */
function isOtherSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
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
  // Fast path, no allocation: one pass over Latin-1 text (every pt-BR name) tells which case
  // mappings would change it, as toUpperCase/toLowerCase below would.
  const cases = latin1Cases(text)
  if (cases !== -1) return cases === LOWER || cases === UPPER
  // Portuguese has no locale-specific case rules (only tr, az and lt do), and the locale-aware
  // calls cost ~75× more on cells sliced from a big file: the plain ones give the same text.
  const upper = text.toUpperCase()
  const lower = text.toLowerCase()
  // No letters at all (e.g. digits) means nothing to recase either way.
  return upper !== lower && (text === upper || text === lower)
}

/** Bits of latin1Cases: some character changes under toUpperCase / under toLowerCase. */
const LOWER = 1
const UPPER = 2

/**
 * For text of Latin-1 characters only: LOWER when some character changes under toUpperCase
 * (a–z, µ, ß, à–ö, ø–ÿ), UPPER when some changes under toLowerCase (A–Z, À–Ö, Ø–Þ), both or
 * neither (0); -1 for other text. Each such character maps to a different one, so a text is
 * its own upper case exactly when LOWER is unset, its own lower case when UPPER is unset.
 */
function latin1Cases(text: string): number {
  let cases = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c >= 97 && c <= 122) cases |= LOWER
      else if (c >= 65 && c <= 90) cases |= UPPER
    } else if (c >= 0xdf) {
      if (c > 0xff) return -1
      if (c !== 0xf7) cases |= LOWER
    } else if (c >= 0xc0) {
      if (c !== 0xd7) cases |= UPPER
    } else if (c === 0xb5) cases |= LOWER
  }
  return cases
}

/** "MARIA DAS GRAÇAS SILVA" → "Maria das Graças Silva" (particles lower unless first). */
export function titleCasePt(text: string): string {
  const lower = collapseSpaces(text).toLowerCase()
  // Word by word as split(' ') would cut it, without the array of words.
  let out = ''
  let at = 0
  for (let i = 0; ; i++) {
    const space = lower.indexOf(' ', at)
    const word = space === -1 ? lower.slice(at) : lower.slice(at, space)
    out += i > 0 && PARTICLES.has(word) ? word : capitalizeParts(word)
    if (space === -1) return out
    out += ' '
    at = space + 1
  }
}

/**
 * Capitalize each part of `ana-maria`, `d'ávila` or `apas/marilia`; a possessive `'s` stays
 * lower (`unimed's` → `Unimed's`).
 */
function capitalizeParts(word: string): string {
  // Fast path: a word of lower-case Latin-1 letters only (no `-'’/`, no ª º µ) has one part.
  if (isPlainLowerWord(word)) return capital(word.charAt(0)) + word.slice(1)
  return word.replace(
    /(^|[-'’/])(\p{L})(\p{L}*)/gu,
    (whole, sep: string, letter: string, rest: string) =>
      (sep === "'" || sep === '’') && letter === 's' && rest === ''
        ? whole
        : sep + capital(letter) + rest
  )
}

/** a–z, ß–ö, ø–ÿ: lower-case letters (`\\p{L}`), none of them a part separator. */
function isPlainLowerWord(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 97 && c <= 122) continue
    if (c < 0xdf || c > 0xff || c === 0xf7) return false
  }
  return true
}

/** A letter's capital; one with no single-letter capital (ß → SS) stays as it is. */
function capital(letter: string): string {
  const upper = letter.toUpperCase()
  return upper.length === letter.length ? upper : letter
}

/** Titles written before a name: never a first name. */
const TITLES = new Set(['dr', 'dra', 'sr', 'sra', 'srta', 'prof', 'profa', 'mr', 'mrs', 'ms'])

/**
 * False when the word holds an ASCII character that stays in it once lower-cased and stripped
 * of dots, and is in no title (`MARIA`: the `i`): no string work for nearly every first word.
 */
function mayBeTitle(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 0x80 || c === 46) continue
    const lower = c >= 65 && c <= 90 ? c + 32 : c
    // a d f m o p r s t: the letters of TITLES
    if (
      lower !== 97 &&
      lower !== 100 &&
      lower !== 102 &&
      lower !== 109 &&
      lower !== 111 &&
      lower !== 112 &&
      lower !== 114 &&
      lower !== 115 &&
      lower !== 116
    )
      return false
  }
  return true
}

/** `Prof.ª`, `Dr.ª`, `Sr.` → `profa`, `dra`, `sr`: dots dropped, ordinal indicators as letters. */
function isTitle(word: string): boolean {
  if (word.length > 6) return false // `prof.ª`, the longest; most names stop here
  if (!mayBeTitle(word)) return false
  return TITLES.has(word.toLowerCase().replace(/\./g, '').replace(/ª/g, 'a').replace(/º/g, 'o'))
}

/** A–Z, a–z, À–ÿ but × ÷: letters (`\\p{L}`) without a regex; false for anything else. */
function isLatin1Letters(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32 // A–Z → a–z; À–Þ → à–þ; × (d7) → ÷ (f7)
    if (!((c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff && c !== 0xf7))) return false
  }
  return true
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
  if ((isLatin1Letters(first) || /^\p{L}+$/u.test(first)) && !isTitle(first)) return first
  for (const word of name.split(' ')) {
    if (word.includes('@')) continue
    const bare = word.replace(EMOJI, '').replace(EDGES, '')
    if (!/\p{L}/u.test(bare) || isTitle(bare)) continue
    return bare
  }
  return ''
}
