/**
 * JSON as people and crashes leave it: a BOM (Notepad), a trailing comma (hand edits) or a cut
 * tail (a full disk). Returns the value and how much repair it took, or null when nothing
 * readable is left. Entry-by-entry validation happens after this, in each store.
 */
export type Repair = 'none' | 'syntax' | 'truncated'

export interface LenientParse {
  value: unknown
  repair: Repair
}

const MAX_CUT_TRIES = 32

export function parseLenient(raw: string): LenientParse | null {
  const text = raw.replace(/^\uFEFF/, '')
  if (text.trim() === '') return null
  const clean = tryParse(text)
  if (clean.ok) return { value: clean.value, repair: 'none' }
  const fixed = removeTrailingCommas(text)
  const syntax = tryParse(fixed)
  if (syntax.ok) return { value: syntax.value, repair: 'syntax' }
  for (const candidate of truncationRepairs(fixed)) {
    const repaired = tryParse(candidate)
    if (repaired.ok) return { value: repaired.value, repair: 'truncated' }
  }
  return null
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** Walks the text outside strings, calling `visit` with each structural character's index. */
function walk(text: string, visit: (char: string, index: number) => void): { inString: boolean } {
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else visit(char, i)
  }
  return { inString }
}

/** `[1, 2,]` → `[1, 2]`, `{"a": 1,}` → `{"a": 1}` (commas inside strings untouched). */
function removeTrailingCommas(text: string): string {
  const drop = new Set<number>()
  let lastComma = -1
  walk(text, (char, i) => {
    if (char === ',') lastComma = i
    else if ((char === ']' || char === '}') && lastComma >= 0) {
      if (text.slice(lastComma + 1, i).trim() === '') drop.add(lastComma)
      lastComma = -1
    } else if (!/\s/.test(char)) lastComma = -1
  })
  if (drop.size === 0) return text
  return Array.from(text, (char, i) => (drop.has(i) ? '' : char)).join('')
}

const closerOf = (open: string): string => (open === '[' ? ']' : '}')

/**
 * A file cut short: first the whole text with its open brackets closed, then cut back to each
 * of the last commas (the partial last entry goes; every entry before it stays).
 */
function* truncationRepairs(text: string): Generator<string> {
  const stack: string[] = []
  const cuts: { at: number; closers: string }[] = []
  const { inString } = walk(text, (char, i) => {
    if (char === '[' || char === '{') stack.push(char)
    else if (char === ']' || char === '}') stack.pop()
    else if (char === ',' && stack.length > 0) {
      cuts.push({ at: i, closers: stack.map(closerOf).reverse().join('') })
      if (cuts.length > MAX_CUT_TRIES) cuts.shift()
    }
  })
  if (!inString && stack.length > 0) yield text + stack.map(closerOf).reverse().join('')
  for (const cut of cuts.reverse()) yield text.slice(0, cut.at) + cut.closers
}
