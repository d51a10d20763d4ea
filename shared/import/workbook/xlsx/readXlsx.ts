/**
 * The fast .xlsx/.xlsm reader: fflate unzips only the parts needed, then hand-written scanners
 * read the workbook, shared strings, styles and every worksheet into Grids.
 */
import { ImportError } from '../../errors'
import { createSheetBuilder } from '../sheetBuilder'
import type { ReadWorkbookOptions, SheetCells, Workbook } from '../types'
import { unzipParts } from './zipParts'
import type { ZipParts } from './zipParts'
import { readWorkbookInfo, relsPathFor, workbookPath } from './workbookPart'
import type { WorkbookInfo } from './workbookPart'
import { readSharedStrings } from './sharedStrings'
import { readStyleFormats } from './styles'
import { rawStyleKinds, styleRenderers } from './cellValues'
import type { CellContext } from './cellValues'
import { scanSheet } from './sheetScanner'
import { numberRenderer } from '../numberFormat'
import { formatGeneral, formatGeneralText } from '../generalNumber'

/** Share of the progress bar spent unzipping and reading strings before the first sheet. */
const SETUP_SHARE = 0.15

export function readXlsx(bytes: Uint8Array, options: ReadWorkbookOptions): Workbook {
  const report = options.onProgress
  const parts = unzipParts(bytes, options.codecs)
  const info = readInfo(parts)
  const formats = readStyleFormats(info.stylesPath && parts.text(info.stylesPath))
  const ctx: CellContext = {
    sharedStrings: readSharedStrings(info.sharedStringsPath && parts.text(info.sharedStringsPath)),
    styles: styleRenderers(formats, info.date1904),
    date1904: info.date1904,
    prefix: '',
    rawStyles: options.rawNumbers === true ? rawStyleKinds(formats) : undefined
  }
  // A number kept raw (sheetScanner.ts) shows what cellText would have made of it: a value
  // through its style's format (cellText renders Number(text)), a General text as General.
  const values = formats.map((code) => numberRenderer(code, info.date1904))
  const render = (style: number, raw: string | number): string =>
    typeof raw === 'number'
      ? (values[style] ?? formatGeneral)(raw)
      : (ctx.styles[style] ?? formatGeneralText)(raw)
  report?.(SETUP_SHARE)
  const total = info.sheets.reduce((sum, s) => sum + parts.size(s.path), 0) || 1
  let done = 0
  const sheets = new Map<string, SheetCells & { rows: number }>()
  for (const sheet of info.sheets) {
    const size = parts.size(sheet.path)
    const xml = parts.text(sheet.path) ?? ''
    parts.drop(sheet.path)
    const builder = createSheetBuilder(ctx.rawStyles && render)
    const base = done
    const progress =
      report &&
      ((f: number) => report(SETUP_SHARE + (1 - SETUP_SHARE) * ((base + f * size) / total)))
    scanSheet(xml, { ...ctx, prefix: elementPrefix(xml) }, builder, progress)
    sheets.set(sheet.name, builder.finish())
    done += size
  }
  report?.(1)
  return workbookOf(sheets)
}

function readInfo(parts: ZipParts): WorkbookInfo {
  const path = workbookPath(parts.text('_rels/.rels'))
  const xml = parts.text(path)
  if (xml === undefined) throw new ImportError('damaged_file')
  return readWorkbookInfo(path, xml, parts.text(relsPathFor(path)) ?? '')
}

/** "x:" when the writer prefixed the spreadsheetml namespace (`<x:sheetData>`), else "". */
function elementPrefix(xml: string): string {
  return /<([A-Za-z0-9_]+:)?sheetData[\s>/]/.exec(xml)?.[1] ?? ''
}

export function workbookOf(sheets: Map<string, SheetCells & { rows: number }>): Workbook {
  return {
    sheets: [...sheets].map(([name, sheet]) => ({ name, rows: sheet.rows })),
    readSheet(name) {
      const sheet = sheets.get(name)
      if (!sheet) throw new ImportError('sheet_not_found', { sheet: name })
      return { grid: sheet.grid, formulaOnlyRows: sheet.formulaOnlyRows }
    }
  }
}
