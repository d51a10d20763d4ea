import { stripAccents } from '../text/fold'

export const VARIABLE_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/
export const VARIABLE_KEY_MAX_LENGTH = 64

export type VariableKeyError = 'empty' | 'pattern' | 'too_long' | 'duplicate'

/** Every problem with a variable key; [] when it can be used. Keys compare case-sensitively. */
export function validateVariableKey(key: string, otherKeys: Iterable<string>): VariableKeyError[] {
  if (key === '') return ['empty']
  const errors: VariableKeyError[] = []
  if (!VARIABLE_KEY_PATTERN.test(key)) errors.push('pattern')
  if (key.length > VARIABLE_KEY_MAX_LENGTH) errors.push('too_long')
  if (new Set(otherKeys).has(key)) errors.push('duplicate')
  return errors
}

/**
 * A camelCase key from a header, unique among `existingKeys` ("Razão Social" → `razaoSocial`,
 * "E-mail" → `email`, "UF" → `uf`, a second "Nome" → `nome2`).
 */
export function suggestVariableKey(header: string, existingKeys: Iterable<string> = []): string {
  const base = camelKey(header)
  const taken = new Set(existingKeys)
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const suffix = String(n)
    const key = base.slice(0, VARIABLE_KEY_MAX_LENGTH - suffix.length) + suffix
    if (!taken.has(key)) return key
  }
}

function camelKey(header: string): string {
  // Hyphens and apostrophes join words ("E-mail" → email); anything else separates them.
  const words = stripAccents(header)
    .replace(/R\$/g, ' ') // a currency unit says nothing about the value
    .replace(/[-'’]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
  const key = words.map((word, i) => camelWord(word, i === 0)).join('')
  const safe = key === '' ? 'variavel' : /^\d/.test(key) ? `_${key}` : key
  return safe.slice(0, VARIABLE_KEY_MAX_LENGTH)
}

/** Words already in mixed case ("leadName") keep their inner capitals; others are lowered. */
function camelWord(word: string, first: boolean): string {
  const mixed = /[a-z]/.test(word) && /[A-Z]/.test(word)
  const body = mixed ? word : word.toLowerCase()
  const head = body.charAt(0)
  return (first ? head.toLowerCase() : head.toUpperCase()) + body.slice(1)
}
