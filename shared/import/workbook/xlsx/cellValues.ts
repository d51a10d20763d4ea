/**
 * Turns one `<c>`'s type, style and stored value into the text Excel shows: shared and inline
 * strings as written, numbers through their style's number format, booleans in Portuguese.
 */
import { formatGeneralText } from '../generalNumber'
import { alwaysShowsText, isGeneralFormat, numberRenderer } from '../numberFormat'
import { xmlText, runText } from './xmlText'

export type RawRenderer = (raw: string) => string

export interface CellContext {
  sharedStrings: string[]
  /** By style index; index 0 (and any unknown index) is General. */
  styles: RawRenderer[]
  date1904: boolean
  prefix: string
  /**
   * By style index (RAW_*): whether a number cell of that style may be kept unrendered, to be
   * rendered when read (sheetScanner.ts). Absent: every cell is rendered as it is read.
   */
  rawStyles?: number[]
}

/** A style's numbers are rendered while reading the sheet. */
export const RAW_NONE = 0
/** General: the `<v>` text is kept (General reads the text itself, all its digits). */
export const RAW_TEXT = 1
/** A format that always shows text (numberFormat.ts alwaysShowsText): the value is kept. */
export const RAW_VALUE = 2

/** RAW_* of each style's format. */
export function rawStyleKinds(formats: string[]): number[] {
  return formats.map((code) =>
    isGeneralFormat(code) ? RAW_TEXT : alwaysShowsText(code) ? RAW_VALUE : RAW_NONE
  )
}

export function styleRenderers(formats: string[], date1904: boolean): RawRenderer[] {
  return formats.map((code) => {
    if (isGeneralFormat(code)) return formatGeneralText
    const render = numberRenderer(code, date1904)
    return (raw) => render(Number(raw))
  })
}

/** `type` is the t= attribute ('' when absent); `raw` the `<v>` text, undecoded. */
export function cellText(ctx: CellContext, type: string, style: number, raw: string): string {
  if (type === '' || type === 'n') {
    if (raw === '') return ''
    return (ctx.styles[style] ?? formatGeneralText)(raw)
  }
  if (type === 's') return ctx.sharedStrings[Number(raw)] ?? ''
  if (type === 'str' || type === 'e') return xmlText(raw)
  if (type === 'b') return raw === '1' || raw === 'true' ? 'VERDADEIRO' : raw === '' ? '' : 'FALSO'
  if (type === 'd') return isoDateText(raw)
  return xmlText(raw)
}

export function inlineText(ctx: CellContext, body: string): string {
  return runText(body, ctx.prefix)
}

/** t="d" (ISO 8601 in strict OOXML): dd/mm/aaaa, plus hh:mm when there is a time. */
function isoDateText(raw: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(raw)
  if (!m) return xmlText(raw)
  const date = `${m[3]}/${m[2]}/${m[1]}`
  return m[4] && `${m[4]}:${m[5]}` !== '00:00' ? `${date} ${m[4]}:${m[5]}` : date
}
