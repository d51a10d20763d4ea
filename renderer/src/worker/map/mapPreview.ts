import type { Mapping } from '../../../../shared/mapping'
import {
  recipientName,
  renderMessage,
  variableRecord,
  variableValues
} from '../../../../shared/mapping'
import { launchableList } from '../launch/launchableCache'
import type { MapPreview, PreviewTarget } from './mapProtocol'
import { importState } from '../state'

/**
 * The message as one launchable row would receive it. The rows come from the worker's cache
 * (launchableCache): only the row shown is read and rendered.
 */
export function previewRow(mapping: Mapping, text: string, target: PreviewTarget): MapPreview {
  const list = launchableList()
  const { cleaned, length } = list
  let position: number
  let missing: MapPreview['missing'] = null
  if ('row' in target) {
    position = list.row.indexOf(target.row)
    if (position < 0) {
      missing = { row: target.row, reason: inFile(target.row) ? 'not_launchable' : 'not_in_file' }
      // Show the next row that will be sent (or the last one), so the preview never goes blank.
      const next = list.row.findIndex((row) => row > target.row)
      position = next >= 0 ? next : length - 1
    }
  } else {
    position = Math.max(0, Math.min(length - 1, target.position))
  }
  if (position < 0 || position >= length)
    return { launchable: length, cleaned, missing, shown: null }
  const row = list.mappingRow(position)
  return {
    launchable: length,
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
