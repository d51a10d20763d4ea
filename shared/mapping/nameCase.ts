/** Portuguese-aware capitalization, following cleaning.md "Names". */

const PARTICLES = new Set(['da', 'de', 'do', 'das', 'dos', 'e'])

function capitalize(word: string): string {
  // Also after a hyphen or apostrophe: "ana-maria d'ávila" → "Ana-Maria D'Ávila".
  return word.replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => {
    return before + letter.toLocaleUpperCase('pt-BR')
  })
}

/** "MARIA DAS GRAÇAS SILVA" → "Maria das Graças Silva" (particles lower unless first). */
export function titleCasePt(text: string): string {
  return collapseSpaces(text)
    .toLocaleLowerCase('pt-BR')
    .split(' ')
    .map((word, i) => (i > 0 && PARTICLES.has(word) ? word : capitalize(word)))
    .join(' ')
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A person's name as cleaning.md writes it: ALL CAPS or all lower is title-cased, mixed kept. */
export function cleanPersonName(text: string): string {
  const name = collapseSpaces(text)
  const upper = name.toLocaleUpperCase('pt-BR')
  const lower = name.toLocaleLowerCase('pt-BR')
  return name === upper || name === lower ? titleCasePt(name) : name
}

/** First word of the cleaned name: "  JOSÉ CONCEIÇÃO" → "José". */
export function firstNameOf(text: string): string {
  return cleanPersonName(text).split(' ')[0] ?? ''
}
