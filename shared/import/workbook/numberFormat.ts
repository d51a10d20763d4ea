/**
 * Number formats applied as Excel shows them, in pt-BR (cleaning.md, "Rows and cells"):
 * General keeps every digit, explicit patterns pad, group and round with decimal comma,
 * date formats become dd/mm/aaaa (hh:mm when the format has a time).
 */
import { tokenizeFormat, isDateSection, sectionChars } from './formatTokens'
import type { FormatSection } from './formatTokens'
import { formatGeneral } from './generalNumber'
import { compilePattern, renderPattern } from './numberPattern'
import { dateShape, renderDate } from './dateFormat'

export type NumberRenderer = (value: number) => string

/** Compiles a format code once; the renderer is then called for every cell using it. */
export function compileNumberFormat(code: string, date1904 = false): NumberRenderer {
  const sections = tokenizeFormat(code).map((s) => compileSection(s, date1904))
  const [positive, negative, zero] = sections
  if (!positive) return formatGeneral
  return (value) => {
    if (!Number.isFinite(value)) return String(value)
    if (value < 0 && negative) return negative(-value)
    if (value === 0 && zero) return zero(0)
    if (value < 0 && !positive.isDate) return `-${positive(-value)}`
    return positive(value)
  }
}

type SectionRenderer = ((value: number) => string) & { isDate?: boolean }

function compileSection(section: FormatSection, date1904: boolean): SectionRenderer {
  if (section.some((t) => t.kind === 'general')) return withLiterals(section)
  const chars = sectionChars(section)
  if (isDateSection(section)) {
    const shape = dateShape(section)
    const render: SectionRenderer = (v) => renderDate(shape, v, date1904) ?? formatGeneral(v)
    render.isDate = true
    return render
  }
  // Text-only sections (`@`) and fractions (`# ?/?`) show the number as General.
  if (chars.includes('@') || /[0#?]\s*\/\s*[0-9#?]/.test(chars)) return formatGeneral
  if (!/[0#?]/.test(chars)) return () => literalText(section)
  const pattern = compilePattern(section)
  return (v) => renderPattern(pattern, v)
}

/** `"R$ "General` and similar: the General number wrapped in the section's literals. */
function withLiterals(section: FormatSection): SectionRenderer {
  const at = section.findIndex((t) => t.kind === 'general')
  const before = literalText(section.slice(0, at))
  const after = literalText(section.slice(at + 1))
  return (v) => before + formatGeneral(v) + after
}

function literalText(section: FormatSection): string {
  let text = ''
  for (const t of section)
    if (t.kind === 'lit') text += t.text
    else if (t.kind === 'ch') text += t.ch
  return text
}

/**
 * Whether every number this format can show is visible text (never '' nor only spaces), read
 * off the code conservatively: the xlsx reader then keeps such a cell's raw value and renders
 * it only when the cell is read, since it needs no rendering to know the row is not blank.
 */
export function alwaysShowsText(code: string): boolean {
  if (isGeneralFormat(code)) return true
  // compileNumberFormat uses the first three sections; a negative without its own shows `-`.
  return tokenizeFormat(code).slice(0, 3).every(sectionShowsText)
}

/** compileSection's cases, in its order: which of them can come out blank. */
function sectionShowsText(section: FormatSection): boolean {
  // General (with literals), dates (or General when out of range), text and fractions.
  if (section.some((t) => t.kind === 'general') || isDateSection(section)) return true
  const chars = sectionChars(section)
  if (chars.includes('@') || /[0#?]\s*\/\s*[0-9#?]/.test(chars)) return true
  if (!/[0#?]/.test(chars)) return literalText(section).trim() !== ''
  // A decimal comma, an exponent, a `0` placeholder or a literal that is not a space always
  // shows (numberPattern.ts: `0` pads with a digit, `#` and `?` may give nothing or a space).
  const pattern = compilePattern(section)
  if (pattern.hasPoint || pattern.exponent !== undefined) return true
  return [...pattern.integer, ...pattern.fraction].some((item) =>
    item.kind === 'digit' ? item.ch === '0' : item.text.trim() !== ''
  )
}

const cache = new Map<string, NumberRenderer>()

/** Cached by code: styles repeat the same few formats. */
export function numberRenderer(code: string, date1904 = false): NumberRenderer {
  const key = date1904 ? `1904|${code}` : code
  let renderer = cache.get(key)
  if (!renderer) {
    renderer = compileNumberFormat(code, date1904)
    cache.set(key, renderer)
  }
  return renderer
}

export function isGeneralFormat(code: string): boolean {
  return code === '' || code.toLowerCase() === 'general'
}
