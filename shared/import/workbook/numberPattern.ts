/**
 * Renders a number through one numeric format section (`0.00`, `#,##0`, `00000`,
 * `(00) 00000-0000`, `0.00%`, `0.00E+00`) the way Excel does, with pt-BR separators:
 * decimal comma, thousands dot.
 */
import type { FormatSection } from './formatTokens'
import { integerDigits, plainDecimal } from './generalNumber'

type Item = { kind: 'digit'; ch: string } | { kind: 'lit'; text: string }

interface Pattern {
  integer: Item[]
  /** Derived once by compilePattern, not per cell. */
  layout: IntegerLayout
  decimals: number
  fraction: Item[]
  hasPoint: boolean
  grouping: boolean
  scale: number
  percent: number
  exponent?: { sign: string; minDigits: number; items: Item[] }
}

const isDigit = (ch: string): boolean => ch === '0' || ch === '#' || ch === '?'

export function compilePattern(section: FormatSection): Pattern {
  const pattern: Pattern = {
    integer: [],
    layout: { firstDigit: -1, lastDigit: -1, interleaved: false, placeholders: [] },
    decimals: 0,
    fraction: [],
    hasPoint: false,
    grouping: false,
    scale: 0,
    percent: 0
  }
  let target = pattern.integer
  let pendingCommas = 0
  for (let i = 0; i < section.length; i++) {
    const token = section[i]
    if (!token || token.kind === 'elapsed' || token.kind === 'general') continue
    if (token.kind === 'lit') {
      target.push({ kind: 'lit', text: token.text })
      continue
    }
    const ch = token.ch
    const next = section[i + 1]
    if (isDigit(ch)) {
      if (pendingCommas > 0 && target === pattern.integer) pattern.grouping = true
      pendingCommas = 0
      target.push({ kind: 'digit', ch })
    } else if (ch === ',' && target === pattern.integer && hasDigit(target)) {
      pendingCommas++
    } else if (ch === '.' && !pattern.hasPoint && !pattern.exponent) {
      pattern.scale += pendingCommas
      pendingCommas = 0
      pattern.hasPoint = true
      target = pattern.fraction
    } else if ((ch === 'E' || ch === 'e') && next?.kind === 'ch' && /[+-]/.test(next.ch)) {
      pattern.exponent = { sign: next.ch, minDigits: 0, items: [] }
      target = pattern.exponent.items
      i++
    } else {
      if (ch === '%') pattern.percent++
      target.push({ kind: 'lit', text: ch })
    }
  }
  if (target === pattern.integer) pattern.scale += pendingCommas
  pattern.layout = integerLayout(pattern.integer)
  pattern.decimals = pattern.fraction.filter((d) => d.kind === 'digit').length
  if (pattern.exponent) {
    pattern.exponent.minDigits = pattern.exponent.items.filter((d) => d.kind === 'digit').length
  }
  return pattern
}

function hasDigit(items: Item[]): boolean {
  return items.some((item) => item.kind === 'digit')
}

/** `value` is already the section's magnitude (negative sections get the absolute value). */
export function renderPattern(pattern: Pattern, value: number): string {
  let scaled = value * 100 ** pattern.percent
  if (pattern.scale) scaled /= 1000 ** pattern.scale
  const decimals = pattern.decimals
  let exponentText = ''
  if (pattern.exponent) {
    const [mantissa, exponent] = splitExponent(scaled, decimals)
    scaled = mantissa
    const sign = exponent < 0 ? '-' : pattern.exponent.sign === '+' ? '+' : ''
    const digits = String(Math.abs(exponent)).padStart(pattern.exponent.minDigits, '0')
    exponentText = `E${sign}${digits}`
  }
  const [intPart, fracPart] = fixedDigits(scaled, decimals)
  const integerText = fillInteger(pattern, intPart === '0' ? '' : intPart)
  const fractionText = fillFraction(pattern.fraction, fracPart)
  // Accounting formats pad with _- spaces for alignment; a grid cell has no use for them.
  return (integerText + (pattern.hasPoint ? ',' : '') + fractionText + exponentText).trim()
}

function splitExponent(value: number, decimals: number): [number, number] {
  if (value === 0) return [0, 0]
  let exponent = Math.floor(Math.log10(Math.abs(value)))
  let mantissa = Number((value / 10 ** exponent).toFixed(decimals))
  if (Math.abs(mantissa) >= 10) {
    exponent++
    mantissa = Number((value / 10 ** exponent).toFixed(decimals))
  }
  return [mantissa, exponent]
}

/**
 * Integer and fraction digits, rounded half away from zero on the decimal digits Excel keeps
 * (15 significant), so 1.005 shows 1,01 as in Excel, not 1,00 as binary toFixed gives.
 */
function fixedDigits(value: number, decimals: number): [string, string] {
  const abs = Math.abs(value)
  if (Number.isInteger(abs)) return [integerDigits(abs), '0'.repeat(decimals)]
  const text = plainDecimal(Number(abs.toPrecision(15)))
  const point = text.indexOf('.')
  const intPart = point < 0 ? text : text.slice(0, point)
  const fraction = point < 0 ? '' : text.slice(point + 1)
  if (fraction.length <= decimals) return [intPart, fraction.padEnd(decimals, '0')]
  const kept = intPart + fraction.slice(0, decimals)
  const rounded = fraction.charCodeAt(decimals) >= 53 ? incrementDigits(kept) : kept
  const split = rounded.length - decimals
  return [rounded.slice(0, split) || '0', rounded.slice(split)]
}

/** "0999" → "1000": adds one to a string of decimal digits. */
function incrementDigits(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === '9') i--
  if (i < 0) return `1${'0'.repeat(digits.length)}`
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - 1 - i)
}

interface IntegerLayout {
  firstDigit: number
  lastDigit: number
  /** Literals between placeholders, as in `(00) 00000-0000`. */
  interleaved: boolean
  placeholders: Item[]
}

function integerLayout(items: Item[]): IntegerLayout {
  const firstDigit = items.findIndex((d) => d.kind === 'digit')
  let lastDigit = -1
  items.forEach((d, i) => {
    if (d.kind === 'digit') lastDigit = i
  })
  return {
    firstDigit,
    lastDigit,
    interleaved: items.slice(firstDigit, lastDigit + 1).some((d) => d.kind === 'lit'),
    placeholders: items.filter((d) => d.kind === 'digit')
  }
}

function literals(items: Item[]): string {
  let text = ''
  for (const item of items) if (item.kind === 'lit') text += item.text
  return text
}

function fillInteger(pattern: Pattern, digits: string): string {
  const items = pattern.integer
  const { firstDigit, lastDigit, interleaved, placeholders } = pattern.layout
  if (firstDigit < 0) return literals(items)
  if (pattern.grouping && !interleaved) {
    const grouped = groupThousands(padDigits(placeholders, digits))
    return literals(items.slice(0, firstDigit)) + grouped + literals(items.slice(lastDigit + 1))
  }
  let remaining = digits
  let out = ''
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as Item
    if (item.kind === 'lit') {
      out = item.text + out
    } else if (i === firstDigit) {
      out = (remaining || emptyDigit(item.ch)) + out
      remaining = ''
    } else {
      out = (remaining ? remaining.slice(-1) : emptyDigit(item.ch)) + out
      remaining = remaining.slice(0, -1)
    }
  }
  return out
}

/** Leading zeros the `0` placeholders ask for; `?` pads with spaces. */
function padDigits(placeholders: Item[], digits: string): string {
  let out = digits
  for (let i = placeholders.length - 1 - digits.length; i >= 0; i--) {
    const item = placeholders[i] as Item
    out = (item.kind === 'digit' ? emptyDigit(item.ch) : '') + out
  }
  return out
}

function groupThousands(digits: string): string {
  const trimmed = digits.trimStart()
  let out = ''
  for (let i = trimmed.length; i > 0; i -= 3) {
    out = trimmed.slice(Math.max(0, i - 3), i) + (out ? `.${out}` : '')
  }
  return digits.slice(0, digits.length - trimmed.length) + out
}

function emptyDigit(ch: string): string {
  return ch === '0' ? '0' : ch === '?' ? ' ' : ''
}

function fillFraction(items: Item[], digits: string): string {
  // Trailing zeros under `#` vanish and under `?` become spaces; `0` always shows its digit.
  let lastSignificant = digits.length - 1
  while (lastSignificant >= 0 && digits[lastSignificant] === '0') lastSignificant--
  let out = ''
  let index = 0
  for (const item of items) {
    if (item.kind === 'lit') {
      out += item.text
      continue
    }
    const digit = digits[index] ?? '0'
    out += index <= lastSignificant || item.ch === '0' ? digit : emptyDigit(item.ch)
    index++
  }
  return out
}
