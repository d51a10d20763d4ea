import type { LeadTable } from '../../import/leadTable'
import type { CleanResult, CleanRow, RowReason, RowStatus } from '../types'

export interface ExportOptions {
  /** Which rows: all of them with their status (default), or only the launchable ones. */
  rows?: 'all' | 'ok'
  /**
   * Positions (in `result.rows`) of rows the user excluded by hand in the app: their status
   * reads `excluído`, and `rows: 'ok'` leaves them out.
   */
  excluded?: ReadonlySet<number>
}

const STATUS_PT: Record<RowStatus, string> = {
  ok: 'válido',
  invalid: 'inválido',
  duplicate: 'duplicado'
}

const EXCLUDED_PT = 'excluído'
const EXCLUDED_MOTIVO_PT = 'Excluído manualmente'

const REASON_PT: Record<RowReason, string> = {
  missing_phone: 'Telefone vazio',
  missing_area_code: 'Número sem DDD',
  excel_scientific_notation: 'Número destruído pelo Excel (notação científica)',
  invalid_number: 'Número inválido',
  do_not_contact: 'Na lista de bloqueio',
  no_phone_column: 'Nenhuma coluna de telefone escolhida'
}

/** The motivo column in plain pt-BR. */
export function motivo(row: CleanRow): string {
  if (row.status === 'duplicate') return `Duplicado da linha ${row.duplicateOf ?? '?'}`
  return row.reason === undefined ? '' : REASON_PT[row.reason]
}

export const EXPORT_EXTRA_COLUMNS = ['Telefone (E.164)', 'status', 'motivo'] as const

/**
 * Header plus one string row per data row: the file's own cells exactly as read, then the
 * cleaned phone, status and motivo. `phoneIndex` is the column of the cleaned phone. Each
 * format escapes for itself (CSV: formula prefix and quotes; XLSX: text cells need none).
 */
export function exportRows(
  table: LeadTable,
  result: CleanResult,
  options: ExportOptions = {}
): { rows: string[][]; phoneIndex: number } {
  const source = exportRowSource(table, result, options)
  const out: string[][] = [source.header]
  source.each((cells) => out.push(cells))
  return { rows: out, phoneIndex: table.columns.length }
}

/**
 * exportRows' rows made one at a time, for a writer that does not keep them (100k rows of
 * strings held at once were much of the XLSX export's garbage-collection time): the header,
 * how many rows follow and how wide they are, and each row's cells in turn.
 */
export function exportRowSource(
  table: LeadTable,
  result: CleanResult,
  options: ExportOptions = {}
): {
  header: string[]
  count: number
  width: number
  each(visit: (cells: string[]) => void): void
} {
  const width = table.columns.length
  const header = [...table.columns, ...EXPORT_EXTRA_COLUMNS]
  const skipped = (row: CleanRow, k: number): boolean =>
    options.rows === 'ok' && (row.status !== 'ok' || options.excluded?.has(k) === true)
  let count = 0
  result.rows.forEach((row, k) => {
    if (!skipped(row, k)) count++
  })
  return {
    header,
    count,
    width: header.length,
    each(visit) {
      result.rows.forEach((row, k) => {
        if (skipped(row, k)) return
        const excluded = options.excluded?.has(k) === true
        const i = table.dataRows[k] ?? 0
        const cells: string[] = []
        for (let c = 0; c < width; c++) cells.push(table.grid.cell(i, c))
        if (excluded) cells.push(row.phone ?? '', EXCLUDED_PT, motivo(row) || EXCLUDED_MOTIVO_PT)
        else cells.push(row.phone ?? '', STATUS_PT[row.status], motivo(row))
        visit(cells)
      })
    }
  }
}
