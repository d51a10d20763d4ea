import type { MappingRow } from '../../../shared/mapping/rowValues'

/** Test rows: cells by column index, phone already E.164 as cleaning hands it over. */
export function mappingRow(row: number, phone: string, cells: readonly string[]): MappingRow {
  return { row, phone, cell: (column) => cells[column] ?? '' }
}
