/**
 * Splits an Excel number-format code into sections (`pos;neg;zero;text`) of tokens: literal
 * text (quoted, escaped, currency brackets) versus format characters. Colours, conditions and
 * locale tags are dropped; `_x` (padding) becomes a space, `*x` (fill) disappears.
 */
export type FormatToken =
  | { kind: 'lit'; text: string }
  | { kind: 'ch'; ch: string }
  | { kind: 'elapsed'; unit: 'h' | 'm' | 's' }
  | { kind: 'general' }

export type FormatSection = FormatToken[]

export function tokenizeFormat(code: string): FormatSection[] {
  const sections: FormatSection[] = [[]]
  let current = sections[0] as FormatSection
  let i = 0
  while (i < code.length) {
    const ch = code[i] as string
    if (ch === ';') {
      current = []
      sections.push(current)
      i++
    } else if (ch === '"') {
      const end = code.indexOf('"', i + 1)
      const stop = end < 0 ? code.length : end
      current.push({ kind: 'lit', text: code.slice(i + 1, stop) })
      i = stop + 1
    } else if (ch === '\\') {
      current.push({ kind: 'lit', text: code[i + 1] ?? '' })
      i += 2
    } else if (ch === '_') {
      current.push({ kind: 'lit', text: ' ' })
      i += 2
    } else if (ch === '*') {
      i += 2
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1)
      const stop = end < 0 ? code.length : end
      const token = bracketToken(code.slice(i + 1, stop))
      if (token) current.push(token)
      i = stop + 1
    } else if (code.slice(i, i + 7).toLowerCase() === 'general') {
      current.push({ kind: 'general' })
      i += 7
    } else {
      current.push({ kind: 'ch', ch })
      i++
    }
  }
  return sections
}

/** `[$R$-416]` → literal "R$"; `[h]`/`[mm]`/`[ss]` → elapsed time; colours, conditions → none. */
function bracketToken(inner: string): FormatToken | undefined {
  if (inner.startsWith('$')) {
    const dash = inner.indexOf('-')
    const text = inner.slice(1, dash < 0 ? inner.length : dash)
    return text ? { kind: 'lit', text } : undefined
  }
  const lower = inner.toLowerCase()
  if (/^h+$/.test(lower)) return { kind: 'elapsed', unit: 'h' }
  if (/^m+$/.test(lower)) return { kind: 'elapsed', unit: 'm' }
  if (/^s+$/.test(lower)) return { kind: 'elapsed', unit: 's' }
  return undefined
}

export function sectionChars(section: FormatSection): string {
  let chars = ''
  for (const token of section) if (token.kind === 'ch') chars += token.ch
  return chars
}

export function isDateSection(section: FormatSection): boolean {
  if (section.some((t) => t.kind === 'elapsed')) return true
  const chars = sectionChars(section).toLowerCase()
  // "E+"/"E-" is scientific notation, not a date letter.
  return /[dyhsm]/.test(chars.replace(/e[+-]/g, ''))
}
