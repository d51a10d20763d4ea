import type { LeadTable } from './leadTable'
import type { ReadLeadFileOptions } from './readLeadFile'
import { ImportError, isImportError } from './errors'
import { readWorkbook, type SheetCells, type Workbook, type WorkbookFormat } from './workbook'
import { layoutTable, type TableLayout } from './table/layoutTable'

interface ChosenSheet {
  name: string
  cells: SheetCells
  layout: TableLayout
}

/** An .xlsx/.xls/.ods file: the sheet asked for, or the first whose header names a phone. */
export function readWorkbookTable(
  bytes: Uint8Array,
  file: string,
  format: WorkbookFormat,
  options: ReadLeadFileOptions
): LeadTable {
  const progress = options.onProgress
  const workbook = readWorkbook(bytes, format, {
    password: options.password,
    codecs: options.codecs,
    rawNumbers: options.rawNumbers,
    onProgress: progress && ((f) => progress(0.9 * f))
  })
  const chosen =
    options.sheet === undefined ? pickSheet(workbook) : namedSheet(workbook, options.sheet)
  // The user's header row and columns apply to the chosen sheet, not while choosing it.
  const layout =
    options.headerRow === undefined && options.columns === undefined && options.sheet === undefined
      ? chosen.layout
      : layoutTable(chosen.cells.grid, {
          ...options,
          delimited: false,
          formulaOnlyRows: chosen.cells.formulaOnlyRows
        })
  return {
    file,
    format,
    encoding: null,
    delimiter: null,
    sheets: workbook.sheets.map(({ name, rows }) => ({ name, rows })),
    sheet: chosen.name,
    grid: chosen.cells.grid,
    ...layout
  }
}

function namedSheet(workbook: Workbook, name: string): ChosenSheet {
  if (!workbook.sheets.some((sheet) => sheet.name === name)) {
    throw new ImportError('sheet_not_found', { sheet: name })
  }
  const cells = workbook.readSheet(name)
  return { name, cells, layout: autoLayout(name, cells) }
}

/**
 * cleaning.md: the first sheet whose header has a phone-like column; failing that the first
 * whose values look like phones, then the first readable one.
 */
function pickSheet(workbook: Workbook): ChosenSheet {
  let fallback: ChosenSheet | null = null
  let firstError: unknown = null
  for (const { name } of workbook.sheets) {
    const cells = workbook.readSheet(name)
    let layout: TableLayout
    try {
      layout = autoLayout(name, cells)
    } catch (error) {
      if (!isImportError(error)) throw error
      firstError ??= error
      continue
    }
    if (layout.phoneByHeader) return { name, cells, layout }
    if (!fallback || (fallback.layout.phoneColumn === null && layout.phoneColumn !== null)) {
      fallback = { name, cells, layout }
    }
  }
  if (fallback) return fallback
  throw firstError ?? new ImportError('empty_file')
}

/** A sheet without a single filled row is `empty_sheet`, naming it (not the whole file). */
function autoLayout(name: string, cells: SheetCells): TableLayout {
  if (cells.grid.length === 0) throw new ImportError('empty_sheet', { sheet: name })
  return layoutTable(cells.grid, { delimited: false, formulaOnlyRows: cells.formulaOnlyRows })
}
