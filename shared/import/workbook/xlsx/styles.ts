/**
 * `xl/styles.xml` → for each cell style index (`s=`), the number format code it applies:
 * custom codes from <numFmts>, Excel's built-ins (pt-BR) otherwise.
 */
import { attribute, startTags } from './xmlText'
import { builtinFormat } from '../builtinFormats'

export function readStyleFormats(xml: string | undefined): string[] {
  if (!xml) return []
  const custom = new Map<number, string>()
  for (const tag of startTags(section(xml, 'numFmts'), 'numFmt')) {
    custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? 'General')
  }
  return startTags(section(xml, 'cellXfs'), 'xf').map((tag) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0)
    return custom.get(id) ?? builtinFormat(id)
  })
}

function section(xml: string, name: string): string {
  const start = xml.indexOf(`<${name}`)
  if (start < 0) return ''
  const end = xml.indexOf(`</${name}>`, start)
  return xml.slice(start, end < 0 ? xml.length : end)
}
