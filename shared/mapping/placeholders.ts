/** `{{key}}` placeholders in a Kinbox message or an Integra voicemail text. */

export interface Placeholder {
  /** Inner text, trimmed: `{{ leadName }}` → `leadName` (may be an invalid key; warnings say so). */
  key: string
  /** Offsets of the whole `{{…}}` in the text. */
  start: number
  end: number
}

const PLACEHOLDER = /\{\{([^{}\n]*)\}\}/g

export function parsePlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = []
  for (const match of text.matchAll(PLACEHOLDER)) {
    const key = (match[1] ?? '').trim()
    if (key === '') continue
    found.push({ key, start: match.index, end: match.index + match[0].length })
  }
  return found
}

/** Distinct keys in order of first use. */
export function placeholderKeys(text: string): string[] {
  return [...new Set(parsePlaceholders(text).map((placeholder) => placeholder.key))]
}

/**
 * Replaces each placeholder by its value. A key with no value is left as written, so that the
 * preview shows the mistake instead of hiding it.
 */
export function renderMessage(text: string, variables: Readonly<Record<string, string>>): string {
  let out = ''
  let at = 0
  for (const { key, start, end } of parsePlaceholders(text)) {
    const value = Object.hasOwn(variables, key) ? variables[key] : undefined
    out += text.slice(at, start) + (value ?? text.slice(start, end))
    at = end
  }
  return out + text.slice(at)
}
