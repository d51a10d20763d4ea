import type { LeadTable } from '../../../../shared/import'
import { detectColumnType } from '../../../../shared/mapping'
import type { MapColumn } from './mapProtocol'

const SHOWN_SAMPLES = 3
/** Non-empty cells read per column to detect its type. */
const TYPE_SAMPLES = 40
/** Rows scanned at most, so a mostly empty column on a huge file stays cheap. */
const SCAN_ROWS = 2000

/** Every column with its header, a few sample values and its detected type. */
export function describeColumns(table: LeadTable): MapColumn[] {
  const { grid, dataRows, columns } = table
  const scan = Math.min(dataRows.length, SCAN_ROWS)
  return columns.map((header, index) => {
    const values: string[] = []
    for (let i = 0; i < scan && values.length < TYPE_SAMPLES; i++) {
      const value = grid.cell(dataRows[i] ?? 0, index).trim()
      if (value !== '') values.push(value)
    }
    return {
      index,
      header,
      samples: values.slice(0, SHOWN_SAMPLES),
      type: detectColumnType(header, values)
    }
  })
}
