/** `xl/sharedStrings.xml` → the string table cells of type "s" index into. */
import { runText } from './xmlText'

export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = []
  if (!xml) return strings
  const prefix = /<([A-Za-z0-9_]+:)?sst[\s>]/.exec(xml)?.[1] ?? ''
  const open = `<${prefix}si`
  const close = `</${prefix}si>`
  let at = xml.indexOf(open)
  while (at >= 0) {
    const tagEnd = xml.indexOf('>', at)
    if (tagEnd < 0) break
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      strings.push('')
      at = xml.indexOf(open, tagEnd)
      continue
    }
    const end = xml.indexOf(close, tagEnd)
    if (end < 0) break
    const body = xml.slice(tagEnd + 1, end)
    // The common case is one plain run: skip the generic run walk.
    const simple = /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/.exec(body)
    strings.push(simple && !prefix ? runTextOfSimple(simple[1] ?? '') : runText(body, prefix))
    at = xml.indexOf(open, end)
  }
  return strings
}

function runTextOfSimple(raw: string): string {
  return raw.indexOf('&') < 0 && raw.indexOf('_x') < 0 ? raw : runText(`<t>${raw}</t>`)
}
