/** WhatsApp's inline formatting as plain spans for the preview bubble (no HTML here). */

export interface FormattedSpan {
  text: string
  bold: boolean
  italic: boolean
  strike: boolean
  mono: boolean
}

type Style = Omit<FormattedSpan, 'text'>

const PLAIN: Style = { bold: false, italic: false, strike: false, mono: false }
const MARKERS: Readonly<Record<string, keyof Style>> = { '*': 'bold', _: 'italic', '~': 'strike' }
const FENCE = '```'

/**
 * `*bold*`, `_italic_`, `~strike~` (nestable) and ```mono``` (not nested into). Like WhatsApp, a
 * marker opens only at a word start and before a non-space, closes only after a non-space and at
 * a word end, and never spans a line break; anything else stays literal text.
 */
export function formatWhatsApp(text: string): FormattedSpan[] {
  return merge(tokenize(text, PLAIN))
}

function tokenize(s: string, style: Style): FormattedSpan[] {
  const spans: FormattedSpan[] = []
  let plainFrom = 0
  let i = 0
  const emitPlain = (to: number): void => {
    if (to > plainFrom) spans.push({ text: s.slice(plainFrom, to), ...style })
  }
  while (i < s.length) {
    const fenced = s.startsWith(FENCE, i) ? s.indexOf(FENCE, i + FENCE.length + 1) : -1
    if (fenced > 0) {
      emitPlain(i)
      spans.push({ text: s.slice(i + FENCE.length, fenced), ...style, mono: true })
      i = plainFrom = fenced + FENCE.length
      continue
    }
    const marker = MARKERS[s.charAt(i)]
    const close = marker && canOpen(s, i) ? findClose(s, i) : -1
    if (marker && close > 0) {
      emitPlain(i)
      spans.push(...tokenize(s.slice(i + 1, close), { ...style, [marker]: true }))
      i = plainFrom = close + 1
      continue
    }
    i++
  }
  emitPlain(s.length)
  return spans
}

function isBoundary(c: string | undefined): boolean {
  return c === undefined || /[\s\p{P}\p{S}]/u.test(c)
}

function canOpen(s: string, i: number): boolean {
  const next = s[i + 1]
  return isBoundary(s[i - 1]) && next !== undefined && !/\s/.test(next) && next !== s[i]
}

function findClose(s: string, open: number): number {
  const marker = s[open]
  for (let j = open + 2; j < s.length; j++) {
    const c = s[j]
    if (c === '\n') return -1
    if (c === marker && !/\s/.test(s[j - 1] ?? ' ') && isBoundary(s[j + 1])) return j
  }
  return -1
}

/** Joins neighbours with the same style so the UI renders fewer nodes. */
function merge(spans: FormattedSpan[]): FormattedSpan[] {
  const out: FormattedSpan[] = []
  for (const span of spans) {
    const last = out[out.length - 1]
    const same =
      last &&
      last.bold === span.bold &&
      last.italic === span.italic &&
      last.strike === span.strike &&
      last.mono === span.mono
    if (same) last.text += span.text
    else out.push({ ...span })
  }
  return out
}
