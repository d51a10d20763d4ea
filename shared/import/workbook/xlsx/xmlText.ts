/**
 * The little XML a workbook needs, without a DOM: entity decoding, Excel's `_xHHHH_` escapes,
 * attribute lookup inside one start tag, and the text runs of a string item.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.charCodeAt(0) !== 35) return NAMED[name] ?? whole
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** Excel writes control characters (and a literal "_x") as `_xHHHH_` inside strings. */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  )
}

export function xmlText(raw: string): string {
  return decodeExcelEscapes(decodeEntities(raw))
}

/** Value of attribute `name` within `tag` (one start tag's text), or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  let from = 0
  for (;;) {
    const at = tag.indexOf(name, from)
    if (at < 0) return undefined
    from = at + name.length
    const before = tag.charCodeAt(at - 1)
    // The name must stand alone (not the tail of "r:id" when asking for "id") and be followed by =.
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue
    let i = from
    while (tag.charCodeAt(i) === 32) i++
    if (tag[i] !== '=') continue
    i++
    while (tag.charCodeAt(i) === 32) i++
    const quote = tag[i]
    if (quote !== '"' && quote !== "'") continue
    const end = tag.indexOf(quote, i + 1)
    return end < 0 ? undefined : decodeEntities(tag.slice(i + 1, end))
  }
}

/** Every start tag `<name ...>` (or self-closing) in xml, as its text. */
export function startTags(xml: string, name: string): string[] {
  const tags: string[] = []
  const open = `<${name}`
  let at = xml.indexOf(open)
  while (at >= 0) {
    const next = xml.charCodeAt(at + open.length)
    const end = xml.indexOf('>', at)
    if (end < 0) break
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) {
      tags.push(xml.slice(at, end + 1))
    }
    at = xml.indexOf(open, end)
  }
  return tags
}

/**
 * The visible text of a string item (`<si>` or `<is>` body): its `<t>` runs concatenated,
 * phonetic runs (`<rPh>`) left out.
 */
export function runText(body: string, prefix = ''): string {
  const tOpen = `<${prefix}t`
  const tClose = `</${prefix}t>`
  let text = ''
  let at = body.indexOf(tOpen)
  while (at >= 0) {
    const next = body.charCodeAt(at + tOpen.length)
    const tagEnd = body.indexOf('>', at)
    if (tagEnd < 0) break
    if (next !== 62 && next !== 32) {
      at = body.indexOf(tOpen, tagEnd)
      continue
    }
    if (body.charCodeAt(tagEnd - 1) === 47) {
      at = body.indexOf(tOpen, tagEnd)
      continue
    }
    const close = body.indexOf(tClose, tagEnd)
    if (close < 0) break
    if (!insidePhonetic(body, at, prefix)) text += body.slice(tagEnd + 1, close)
    at = body.indexOf(tOpen, close)
  }
  return xmlText(text)
}

function insidePhonetic(body: string, at: number, prefix: string): boolean {
  const open = body.lastIndexOf(`<${prefix}rPh`, at)
  if (open < 0) return false
  const close = body.lastIndexOf(`</${prefix}rPh>`, at)
  return close < open
}
