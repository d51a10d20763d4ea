import type { Mapping } from '../../../shared/mapping'
import {
  recipientName,
  renderMessage,
  variableRecord,
  variableValues
} from '../../../shared/mapping'
import type { MapPreview, PreviewTarget } from './mapProtocol'
import { mappingRows } from './mapRows'
import { importState } from './state'

/** The message as one launchable row would receive it. */
export function previewRow(mapping: Mapping, text: string, target: PreviewTarget): MapPreview {
  const { cleaned, rows } = mappingRows()
  let position: number
  let missing: MapPreview['missing'] = null
  if ('row' in target) {
    position = rows.findIndex((row) => row.row === target.row)
    if (position < 0) {
      missing = { row: target.row, reason: inFile(target.row) ? 'not_launchable' : 'not_in_file' }
      // Show the next row that will be sent (or the last one), so the preview never goes blank.
      const next = rows.findIndex((row) => row.row > target.row)
      position = next >= 0 ? next : rows.length - 1
    }
  } else {
    position = Math.max(0, Math.min(rows.length - 1, target.position))
  }
  const row = position >= 0 ? rows[position] : undefined
  if (!row) return { launchable: rows.length, cleaned, missing, shown: null }
  return {
    launchable: rows.length,
    cleaned,
    missing,
    shown: {
      position,
      row: row.row,
      phone: row.phone,
      name: recipientName(row, mapping),
      text: text === '' ? '' : renderMessage(text, variableRecord(row, mapping)),
      values: variableValues(row, mapping)
    }
  }
}

function inFile(rowNumber: number): boolean {
  const table = importState.table
  if (!table) return false
  return table.dataRows.some((g) => table.grid.rowNumber(g) === rowNumber)
}
