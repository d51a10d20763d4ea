/**
 * `{{key}}` placeholders in a Kinbox message or an Integra voicemail text: the one grammar
 * (issue 13). Reading (preview, warnings, the plan's keys), writing (the editor's chips and
 * completion, Mapear's texts) and rewriting (the Kinbox positional style) all go through here.
 */

/** How a placeholder is written: `leadName` → `{{leadName}}`. */
export function placeholderFor(key: string): string {
  return `{{${key}}}`
}

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

/** Replaces each placeholder by `replace(key)`; one it returns undefined for is left as written. */
export function replacePlaceholders(
  text: string,
  replace: (key: string) => string | undefined
): string {
  let out = ''
  let at = 0
  for (const { key, start, end } of parsePlaceholders(text)) {
    out += text.slice(at, start) + (replace(key) ?? text.slice(start, end))
    at = end
  }
  return out + text.slice(at)
}

/**
 * Replaces each placeholder by its value. A key with no value is left as written, so that the
 * preview shows the mistake instead of hiding it.
 */
export function renderMessage(text: string, variables: Readonly<Record<string, string>>): string {
  return replacePlaceholders(text, (key) =>
    Object.hasOwn(variables, key) ? variables[key] : undefined
  )
}

/** A placeholder being typed just before the caret: `Olá {{lea` → start of `{{`, typed `lea`. */
export interface OpenPlaceholder {
  start: number
  typed: string
}

/** An unclosed `{{` followed only by key characters (VARIABLE_KEY_PATTERN's) at the end. */
const OPEN = /\{\{([A-Za-z0-9_]*)$/

/** The placeholder the user is typing at the end of `before` (the text up to the caret). */
export function openPlaceholder(before: string): OpenPlaceholder | null {
  const match = OPEN.exec(before)
  return match ? { start: match.index, typed: match[1] ?? '' } : null
}
